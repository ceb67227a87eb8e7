package org.conelab.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A run folder read the way another tool would read it: {@code inputs.csv}, {@code kernel.mtx}
 * and {@code training.csv} only, with a parser of its own (no conelab class).
 */
final class RunFiles {

    private final Path folder;

    RunFiles(Path folder) {
        this.folder = folder;
    }

    /** @return the named column of {@code inputs.csv} (node order) */
    double[] inputs(String column) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("inputs.csv"));
        int index = List.of(lines.get(0).split(",")).indexOf(column);
        if (index < 0) {
            throw new AssertionError("inputs.csv has no column " + column + ": " + lines.get(0));
        }
        return lines.stream().skip(1).mapToDouble(line -> Double.parseDouble(line.split(",", -1)[index])).toArray();
    }

    /** @return K from {@code kernel.mtx} (coordinate real symmetric), as a full dense matrix */
    double[][] kernel() throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("kernel.mtx"));
        if (!lines.get(0).equals("%%MatrixMarket matrix coordinate real symmetric")) {
            throw new AssertionError("not a coordinate real symmetric Matrix Market file: " + lines.get(0));
        }
        int line = 1;
        while (lines.get(line).startsWith("%")) {
            line++;
        }
        String[] size = lines.get(line++).trim().split("\\s+");
        int n = Integer.parseInt(size[0]);
        int entries = Integer.parseInt(size[2]);
        double[][] k = new double[n][n];
        for (int e = 0; e < entries; e++) {
            String[] cells = lines.get(line + e).trim().split("\\s+");
            int i = Integer.parseInt(cells[0]) - 1;
            int j = Integer.parseInt(cells[1]) - 1;
            k[i][j] = Double.parseDouble(cells[2]);
            k[j][i] = k[i][j];
        }
        return k;
    }

    /** @return the value of a column of {@code training.csv} in the row of the given loss */
    double training(String loss, String column) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("training.csv"));
        int index = List.of(lines.get(0).split(",")).indexOf(column);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (index > 0 && cells[0].equals(loss)) {
                return Double.parseDouble(cells[index]);
            }
        }
        throw new AssertionError("training.csv has no column " + column + " or no row for loss " + loss);
    }

    /** @return the value of {@code key} in one of the run's {@code .properties} files */
    String property(String file, String key) throws IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = Files.newBufferedReader(folder.resolve(file))) {
            properties.load(in);
        }
        String value = properties.getProperty(key);
        if (value == null) {
            throw new AssertionError(file + " has no key " + key);
        }
        return value.trim();
    }

    /** @return S = W^½·K·W^½ for the weights w */
    static double[][] symmetrised(double[][] k, double[] w) {
        int n = w.length;
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] = Math.sqrt(w[i]) * k[i][j] * Math.sqrt(w[j]);
            }
        }
        return s;
    }
}
