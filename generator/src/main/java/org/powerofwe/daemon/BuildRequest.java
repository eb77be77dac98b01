package org.powerofwe.daemon;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command handed to the running generator: the arguments as typed, the client's working folder,
 * whether its standard error is a terminal (for the progress line), and the environment variables
 * the generator reads ({@link #FORWARDED}), so it runs as a new process there would.
 */
public record BuildRequest(String identity, List<String> args, String workingDir, boolean terminal, Map<String, String> env) {

    /** The environment variables the command line reads; every other one is the server's own. */
    public static final List<String> FORWARDED = List.of("SITE_SOURCE", "CI", "GITHUB_ACTIONS", "NO_COLOR", "COLUMNS", "TERM");

    public BuildRequest {
        args = List.copyOf(args);
        env = Map.copyOf(env);
    }

    /** The forwarded variables of {@code env}, those that are set. */
    public static Map<String, String> forwarded(Map<String, String> env) {
        Map<String, String> kept = new LinkedHashMap<>();
        FORWARDED.forEach(name -> {
            if (env.get(name) != null) {
                kept.put(name, env.get(name));
            }
        });
        return kept;
    }

    byte[] encode() {
        return Protocol.encode(data -> {
            data.writeUTF(identity);
            data.writeUTF(workingDir);
            data.writeBoolean(terminal);
            data.writeInt(args.size());
            for (String arg : args) {
                data.writeUTF(arg);
            }
            data.writeInt(env.size());
            for (Map.Entry<String, String> entry : env.entrySet()) {
                data.writeUTF(entry.getKey());
                data.writeUTF(entry.getValue());
            }
        });
    }

    static BuildRequest decode(byte[] bytes) throws IOException {
        DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes));
        String identity = data.readUTF();
        String workingDir = data.readUTF();
        boolean terminal = data.readBoolean();
        int count = data.readInt();
        if (count < 0 || count > 10_000) {
            throw new IOException("too many arguments: " + count);
        }
        List<String> args = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            args.add(data.readUTF());
        }
        int variables = data.readInt();
        if (variables < 0 || variables > FORWARDED.size()) {
            throw new IOException("too many variables: " + variables);
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i < variables; i++) {
            env.put(data.readUTF(), data.readUTF());
        }
        return new BuildRequest(identity, args, workingDir, terminal, env);
    }
}
