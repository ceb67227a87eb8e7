package org.conelab.sweep.cluster;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.conelab.api.InvalidInputException;

/**
 * How to reach a Hazelcast cluster: its name, the members' addresses (an explicit TCP/IP member
 * list; multicast and auto-detection are off) and, for a member, the port it listens on (the
 * next free one from there). Nothing is clustered and no port is opened unless a command is
 * given {@code --cluster}.
 *
 * @param name the cluster name, which members and submitters must share
 * @param members {@code host[:port]} of members to contact (default {@code 127.0.0.1})
 * @param port the first port a member tries to listen on (default {@value #DEFAULT_PORT})
 */
public record ClusterSettings(String name, List<String> members, int port) {

    public static final String CLUSTER = "--cluster";
    public static final String MEMBERS = "--members";
    public static final String PORT = "--port";
    static final int DEFAULT_PORT = 5701;
    /** The executor service that runs points. */
    static final String EXECUTOR = "conelab-sweep-points";
    /** No phone-home from members or clients. */
    private static final String PHONE_HOME = "hazelcast.phone.home.enabled";
    /** A member logs through java.util.logging (who joined and left); a submitting client logs nothing, the sweep reports. */
    private static final String LOGGING = "hazelcast.logging.type";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9.:\\[\\]-]+(:\\d{1,5})?");

    /** Copies the members. */
    public ClusterSettings {
        members = List.copyOf(members);
    }

    /**
     * @return the settings, when {@code --cluster} is given
     * @throws InvalidInputException naming the option: a bad cluster name, member address or
     *     port, or {@code --members}/{@code --port} without {@code --cluster}
     */
    public static Optional<ClusterSettings> of(Optional<String> cluster, Optional<String> members, Optional<String> port) {
        if (cluster.isEmpty()) {
            if (members.isPresent() || port.isPresent()) {
                throw new InvalidInputException(members.isPresent() ? MEMBERS : PORT, "needs " + CLUSTER + " NAME");
            }
            return Optional.empty();
        }
        String name = cluster.get().strip();
        if (!NAME.matcher(name).matches()) {
            throw new InvalidInputException(CLUSTER, "must be letters, digits, '.', '_' or '-', got '" + name + "'");
        }
        List<String> addresses = Arrays.stream(members.orElse("127.0.0.1").split(",")).map(String::strip).toList();
        for (String address : addresses) {
            if (!ADDRESS.matcher(address).matches()) {
                throw new InvalidInputException(MEMBERS, "expected host[:port],… got '" + address + "'");
            }
        }
        int first = DEFAULT_PORT;
        if (port.isPresent()) {
            try {
                first = Integer.parseInt(port.get().strip());
            } catch (NumberFormatException e) {
                first = -1;
            }
            if (first < 1 || first > 65535) {
                throw new InvalidInputException(PORT, "must be a port between 1 and 65535, got '" + port.get() + "'");
            }
        }
        return Optional.of(new ClusterSettings(name, addresses, first));
    }

    /** @return whether every member is on this machine's loopback interface */
    boolean loopback() {
        return members.stream().allMatch(m -> m.startsWith("127.0.0.1") || m.startsWith("localhost"));
    }

    /** @return the configuration of a member that runs points with {@code poolSize} threads */
    Config member(int poolSize, ClassLoader classes) {
        Config config = new Config();
        config.setClusterName(name);
        config.setClassLoader(classes);
        config.setInstanceName("conelab-worker-" + name + "-" + ProcessHandle.current().pid());
        config.setProperty(PHONE_HOME, "false");
        config.setProperty(LOGGING, "jdk");
        if (loopback()) {
            config.setProperty("hazelcast.local.localAddress", "127.0.0.1");
        }
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(true).setPortCount(100);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(members);
        config.getExecutorConfig(EXECUTOR).setPoolSize(poolSize);
        return config;
    }

    /** @return the configuration of a client that submits points */
    ClientConfig client(ClassLoader classes) {
        ClientConfig config = new ClientConfig();
        config.setClusterName(name);
        config.setClassLoader(classes);
        config.setProperty(PHONE_HOME, "false");
        config.setProperty(LOGGING, "none");
        // an address without a port: the client tries 5701, 5702 and 5703
        config.getNetworkConfig().setAddresses(members);
        config.getNetworkConfig().setSmartRouting(true);
        config.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(CONNECT_TIMEOUT_MS);
        return config;
    }

    /** How long a submitter tries to reach the cluster before it gives up. */
    static final long CONNECT_TIMEOUT_MS = 30_000;

    @Override
    public String toString() {
        return name + " (members " + String.join(", ", members) + ")";
    }
}
