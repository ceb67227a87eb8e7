package org.conelab.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import org.conelab.api.Parameters;

/** {@link Parameters} written inline, as the user would type them: key, value, key, value, … */
public final class TestParameters {

    private TestParameters() {
    }

    /**
     * @param section the section the parameters belong to, e.g. "kernel"
     * @param keyValues alternating keys and values, in the order kept by the parameters
     * @return the parameters of that section
     * @throws IllegalArgumentException when a key has no value
     */
    public static Parameters of(String section, String... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("keyValues: the key " + keyValues[keyValues.length - 1] + " has no value");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int k = 0; k < keyValues.length; k += 2) {
            values.put(keyValues[k], keyValues[k + 1]);
        }
        return new Parameters(section, values);
    }
}
