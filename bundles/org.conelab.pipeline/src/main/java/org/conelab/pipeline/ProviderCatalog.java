package org.conelab.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ServiceProperties;

/**
 * The services of one kind (losses, kernels, solvers, analyzers) currently registered, with
 * their {@code conelab.id} and {@code service.ranking}. Thread-safe: DS binds and unbinds while
 * runs look providers up.
 *
 * @param <T> the service type
 */
final class ProviderCatalog<T> {

    /** A registered provider. */
    record Provider<T>(String id, int ranking, T service) {
    }

    private final String kind;
    private final List<Provider<T>> providers = new CopyOnWriteArrayList<>();

    /** @param kind the pipeline key that names providers of this kind, such as {@code solver} */
    ProviderCatalog(String kind) {
        this.kind = kind;
    }

    void add(T service, Map<String, ?> properties) {
        Object id = properties.get(ServiceProperties.ID);
        Object ranking = properties.get("service.ranking");
        if (id != null) {
            providers.add(new Provider<>(id.toString(), ranking instanceof Integer r ? r : 0, service));
        }
    }

    void remove(T service) {
        providers.removeIf(p -> p.service() == service);
    }

    /** @return the providers, highest ranking first */
    List<Provider<T>> ranked() {
        List<Provider<T>> sorted = new ArrayList<>(providers);
        sorted.sort(Comparator.comparingInt((Provider<T> p) -> p.ranking()).reversed());
        return sorted;
    }

    /**
     * @param key the pipeline key being resolved (for the error message)
     * @param id the requested id
     * @return the highest-ranked provider with that id
     * @throws InvalidInputException naming the key, the id and the ids available
     */
    Provider<T> require(String key, String id) {
        return find(id).orElseThrow(() -> new InvalidInputException(key,
                        "no " + kind + " with id '" + id + "'; available: " + availableIds() + Suggestions.hint(id, ids())));
    }

    /**
     * @param key the pipeline key being resolved
     * @param requirement what the provider must accept
     * @param what a description of the requirement for the error message
     * @return the highest-ranked provider that meets the requirement
     */
    Provider<T> auto(String key, Predicate<T> requirement, String what) {
        Optional<Provider<T>> chosen = ranked().stream().filter(p -> requirement.test(p.service())).findFirst();
        return chosen.orElseThrow(() -> new InvalidInputException(key,
                "no " + kind + " supports " + what + "; available: " + availableIds()));
    }

    /** @return the highest-ranked provider of each id, highest ranking first */
    List<Provider<T>> distinct() {
        Set<String> seen = new HashSet<>();
        return ranked().stream().filter(p -> seen.add(p.id())).toList();
    }

    /** @return the registered ids, highest ranking first, each once */
    List<String> ids() {
        return distinct().stream().map(Provider::id).toList();
    }

    /**
     * @param id a provider id
     * @return the highest-ranked provider with that id, if one is registered
     */
    Optional<Provider<T>> find(String id) {
        return ranked().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** @return the registered ids, comma-separated, or {@code none} */
    String availableIds() {
        String ids = String.join(", ", ids());
        return ids.isEmpty() ? "none" : ids;
    }
}
