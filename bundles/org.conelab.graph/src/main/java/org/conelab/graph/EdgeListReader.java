package org.conelab.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.conelab.api.InvalidInputException;

/**
 * Reads an undirected edge list from a CSV file, one edge per line: {@code i,j} or
 * {@code i,j,weight}, nodes numbered 0 … n−1. Blank lines and {@code #} comments (whole lines
 * or line ends) are skipped, and the first content line may be a header {@code i,j} or
 * {@code i,j,weight}. An edge without a weight has weight 1.
 *
 * <p>Rejected, each with one line naming the file and line: a malformed line, a self-loop, a
 * node outside [0, n), a weight that is not a finite number &gt; 0, and an edge given twice
 * (in either orientation: duplicates are rejected, not merged, because their weights could
 * disagree). A file without any edge is rejected too. A disconnected graph is accepted.
 */
final class EdgeListReader {

    private final String key;
    private final String name;
    private final int size;

    /**
     * @param key the pipeline key that named the file, such as {@code graph.file}
     * @param name the file as the user wrote it
     * @param size the number of nodes n
     */
    EdgeListReader(String key, String name, int size) {
        this.key = key;
        this.name = name;
        this.size = size;
    }

    /** @return the graph of the file's edges on n nodes */
    EdgeListGraph read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(key, "cannot read '" + name + "': no such file");
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(key, "cannot read '" + name + "': permission denied");
        } catch (IOException e) {
            throw new InvalidInputException(key, "cannot read '" + name + "': " + oneLine(e));
        }
    }

    /** @return the graph of the edges read from {@code reader} */
    EdgeListGraph parse(BufferedReader reader) throws IOException {
        Edges edges = new Edges();
        Map<Long, Integer> firstLine = new HashMap<>();
        boolean anyWeight = false;
        boolean headerAllowed = true;
        int lineNumber = 0;
        for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
            lineNumber++;
            String line = stripComment(raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (headerAllowed && isHeader(line)) {
                headerAllowed = false;
                continue;
            }
            headerAllowed = false;
            String[] fields = line.split(",", -1);
            if (fields.length != 2 && fields.length != 3) {
                throw malformed(lineNumber, raw);
            }
            int i = node(fields[0], lineNumber, raw);
            int j = node(fields[1], lineNumber, raw);
            double weight = fields.length == 3 ? weight(fields[2], lineNumber, raw) : 1.0;
            anyWeight |= fields.length == 3;
            if (i == j) {
                throw new InvalidInputException(at(lineNumber), "self-loop " + i + "," + j + ": a node is not its own neighbour");
            }
            // one key per undirected edge: min·n + max
            long pair = (long) Math.min(i, j) * size + Math.max(i, j);
            Integer earlier = firstLine.putIfAbsent(pair, lineNumber);
            if (earlier != null) {
                throw new InvalidInputException(at(lineNumber), "duplicate edge " + i + "," + j
                        + " (already given on line " + earlier + "); give each undirected edge once");
            }
            edges.add(i, j, weight);
        }
        if (edges.count == 0) {
            throw new InvalidInputException(key, "'" + name + "' holds no edges (expected lines i,j or i,j,weight)");
        }
        return new EdgeListGraph(size, Arrays.copyOf(edges.from, edges.count), Arrays.copyOf(edges.to, edges.count),
                anyWeight ? Arrays.copyOf(edges.weight, edges.count) : null, name);
    }

    private int node(String field, int lineNumber, String raw) {
        int node;
        try {
            node = Integer.parseInt(field.strip());
        } catch (NumberFormatException e) {
            throw malformed(lineNumber, raw);
        }
        if (node < 0 || node >= size) {
            throw new InvalidInputException(at(lineNumber),
                    "node " + node + " is out of range [0, " + size + ") for n = " + size);
        }
        return node;
    }

    private double weight(String field, int lineNumber, String raw) {
        double weight;
        try {
            weight = Double.parseDouble(field.strip());
        } catch (NumberFormatException e) {
            throw malformed(lineNumber, raw);
        }
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw new InvalidInputException(at(lineNumber), "weight must be a finite number > 0, got " + excerpt(field.strip()));
        }
        return weight;
    }

    private InvalidInputException malformed(int lineNumber, String raw) {
        return new InvalidInputException(at(lineNumber), "expected i,j or i,j,weight, got " + excerpt(raw.strip()));
    }

    private String at(int lineNumber) {
        return key + " " + name + " line " + lineNumber;
    }

    /** A message quotes at most {@value #EXCERPT} characters of the file, control characters as {@code ?}. */
    static final int EXCERPT = 40;

    private static String excerpt(String text) {
        String shown = text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static boolean isHeader(String line) {
        String compact = line.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
        return compact.equals("i,j") || compact.equals("i,j,weight");
    }

    private static String oneLine(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ");
    }

    /** Growable parallel arrays of edges. */
    private static final class Edges {
        int[] from = new int[64];
        int[] to = new int[64];
        double[] weight = new double[64];
        int count;

        void add(int i, int j, double w) {
            if (count == from.length) {
                from = Arrays.copyOf(from, 2 * count);
                to = Arrays.copyOf(to, 2 * count);
                weight = Arrays.copyOf(weight, 2 * count);
            }
            from[count] = i;
            to[count] = j;
            weight[count++] = w;
        }
    }
}
