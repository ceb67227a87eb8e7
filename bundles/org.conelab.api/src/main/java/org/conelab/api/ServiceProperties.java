package org.conelab.api;

/**
 * Names of the service properties that every conelab provider (loss, kernel generator, solver,
 * analyzer) registers. A pipeline names a provider by {@link #ID}; {@code auto} picks the
 * provider of highest {@code service.ranking} that supports the problem.
 */
public final class ServiceProperties {
    /** The provider's identifier in pipelines, for example {@code is} or {@code tridiagonal}. */
    public static final String ID = "conelab.id";
    /** One line that says what the provider computes, shown by {@code conelab:list}. */
    public static final String DESCRIPTION = "conelab.description";
    /** The pipeline value that lets the platform choose the provider. */
    public static final String AUTO = "auto";

    private ServiceProperties() {
    }
}
