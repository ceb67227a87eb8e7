package org.conelab.pipeline;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ParameterSpec;

/** Rejects a sectioned key ({@code section.key}) that no provider in the run declares. */
final class SectionKeys {

    private SectionKeys() {
    }

    /**
     * @param keys every key of the pipeline
     * @param sections the sections in use and the parameters their providers declare
     * @throws InvalidInputException naming the first unknown key and what is accepted
     */
    static void check(Collection<String> keys, Map<String, List<ParameterSpec>> sections) {
        for (String key : keys) {
            int dot = key.indexOf('.');
            if (dot < 0) {
                continue;
            }
            String section = key.substring(0, dot);
            List<ParameterSpec> declared = sections.get(section);
            if (declared == null) {
                throw new InvalidInputException(key, "unknown key: '" + section + "' is not a section of this pipeline; sections are "
                        + String.join(", ", sections.keySet()) + Suggestions.hint(section, sections.keySet()));
            }
            String name = key.substring(dot + 1);
            if (declared.stream().noneMatch(p -> p.name().equals(name))) {
                List<String> names = declared.stream().map(ParameterSpec::name).toList();
                throw new InvalidInputException(key, "unknown key; " + section + " accepts "
                        + (declared.isEmpty() ? "no keys" : String.join(", ", names)) + Suggestions.hint(name, names));
            }
        }
    }
}
