package org.conelab.api;

/**
 * One parameter that a provider reads from its pipeline section, for help text and for the
 * check that rejects unknown keys.
 *
 * @param name the key inside the provider's section (without the section prefix)
 * @param defaultValue the value used when the key is absent, or {@code null} if it is required
 * @param description what the parameter means, with its unit or range
 */
public record ParameterSpec(String name, String defaultValue, String description) {
}
