package tkg.neo4j;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.server.CommunityBootstrapper;

/**
 * Starts one Neo4j Community server for trilateral-kg: Bolt (and, when asked, HTTP with Neo4j
 * Browser) on 127.0.0.1 only, authentication on, data under the given home folder.
 *
 * <p>Usage: {@code Launcher HOME BOLT_PORT HTTP_PORT PAGE_CACHE PASSWORD_FILE [TX_MEMORY]}, where
 * HTTP_PORT 0 leaves the HTTP connector off and TX_MEMORY (for example {@code 128m}; absent or
 * {@code 0}: no limit) caps the memory one transaction may use. The password is read from a file (never from the
 * command line, which other users can see) and given to the {@code neo4j} user on the first
 * start. Prints {@code TKG-NEO4J-READY} once the database answers, or one line starting with
 * {@code TKG-NEO4J-ERROR} and exits non-zero. SIGTERM stops the server cleanly (the
 * bootstrapper's shutdown hook flushes and closes the store).
 */
public final class Launcher {
    private static final String DATABASE = "neo4j";

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 5 && args.length != 6) {
            fail(2, "usage: Launcher HOME BOLT_PORT HTTP_PORT PAGE_CACHE PASSWORD_FILE [TX_MEMORY]");
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int boltPort = Integer.parseInt(args[1]);
        int httpPort = Integer.parseInt(args[2]);
        String pageCache = args[3];
        String password = Files.readString(Path.of(args[4]), StandardCharsets.UTF_8).strip();

        Map<String, String> config = new HashMap<>();
        config.put("server.default_listen_address", "127.0.0.1");
        config.put("server.default_advertised_address", "127.0.0.1");
        config.put("server.bolt.enabled", "true");
        config.put("server.bolt.listen_address", "127.0.0.1:" + boltPort);
        config.put("server.bolt.advertised_address", "127.0.0.1:" + boltPort);
        config.put("server.http.enabled", Boolean.toString(httpPort > 0));
        config.put("server.http.listen_address", "127.0.0.1:" + Math.max(httpPort, 0));
        config.put("server.http.advertised_address", "127.0.0.1:" + Math.max(httpPort, 0));
        config.put("server.https.enabled", "false");
        config.put("dbms.security.auth_enabled", "true");
        config.put("server.memory.pagecache.size", pageCache);
        // A laptop default: no 256 MB transaction-log files written ahead of need.
        config.put("db.tx_log.preallocate", "false");
        config.put("dbms.usage_report.enabled", "false");
        // Transaction timeouts are enforced by a monitor that looks every 2 s by default, so a
        // query given 1 s could run for 3; looking every 100 ms keeps the API's limit a limit.
        config.put("db.transaction.monitor.check.interval", "100ms");
        // One analyst's query that collects or sorts a huge result would otherwise fill the
        // shared heap and fail everybody's transactions (or the JVM); with a per-transaction
        // cap only that query ends, with a memory error the API reports as such.
        String txMemory = args.length == 6 ? args[5] : "0";
        if (!"0".equals(txMemory)) {
            config.put("db.memory.transaction.max", txMemory);
        }
        config.put("server.directories.import", home.resolve("import").toString());

        Files.createDirectories(home.resolve("import"));
        CommunityBootstrapper bootstrapper = new CommunityBootstrapper();
        int code;
        try {
            code = bootstrapper.start(home, null, config, false, true);
        } catch (RuntimeException e) {
            fail(2, "config: " + e.getMessage());
            return;
        }
        if (code != 0 || !bootstrapper.isRunning()) {
            fail(3, "the Neo4j server did not start (exit code " + code + "); see its log");
        }
        DatabaseManagementService dbms = bootstrapper.getDatabaseManagementService();
        String failure = awaitOnline(dbms, TimeUnit.MINUTES.toMillis(10));
        if (failure != null) {
            // Said before stopping: the server's log, where our output goes, closes on stop.
            report("store: the database could not be opened (" + failure + ")");
            bootstrapper.stop();
            System.exit(4);
        }
        setInitialPassword(dbms, password);
        exitWithParent();
        System.out.println("TKG-NEO4J-READY bolt=" + boltPort + " http=" + httpPort);
        System.out.flush();
        new CountDownLatch(1).await();  // the bootstrapper's shutdown hook ends the process
    }

    /**
     * With TKG_NEO4J_PARENT_PID set (the test session does), the server stops when that
     * process ends, even when it was killed and could not stop the server itself.
     */
    private static void exitWithParent() {
        String parent = System.getenv("TKG_NEO4J_PARENT_PID");
        if (parent == null || parent.isBlank()) {
            return;
        }
        ProcessHandle.of(Long.parseLong(parent.strip())).ifPresentOrElse(
                handle -> handle.onExit().thenRun(() -> System.exit(0)),
                () -> System.exit(0));
    }

    /** The neo4j user starts with a password that must be changed: set ours, once. */
    private static void setInitialPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database("system");
        List<Object> changeRequired = new java.util.ArrayList<>();
        system.executeTransactionally(
                "SHOW USERS YIELD user, passwordChangeRequired WHERE user = 'neo4j' "
                        + "RETURN passwordChangeRequired",
                Map.of(), result -> {
                    result.forEachRemaining(row -> changeRequired.add(row.get("passwordChangeRequired")));
                    return null;
                });
        if (changeRequired.contains(Boolean.TRUE)) {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        }
    }

    /**
     * Waits until the database is online; returns null then, or why it is not (a database
     * that failed to start, for instance on a damaged store, is offline with a message).
     */
    private static String awaitOnline(DatabaseManagementService dbms, long timeoutMillis)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        String last = "no status";
        while (System.currentTimeMillis() < deadline) {
            List<String> status = new java.util.ArrayList<>();
            try {
                dbms.database("system").executeTransactionally(
                        "SHOW DATABASE " + DATABASE + " YIELD currentStatus, statusMessage "
                                + "RETURN currentStatus, statusMessage",
                        Map.of(), result -> {
                            result.forEachRemaining(row -> {
                                status.add(String.valueOf(row.get("currentStatus")));
                                status.add(String.valueOf(row.get("statusMessage")));
                            });
                            return null;
                        });
            } catch (RuntimeException e) {
                last = e.getMessage();
            }
            if (!status.isEmpty()) {
                String current = status.get(0);
                String message = status.get(1);
                if (current.equals("online") && dbms.database(DATABASE).isAvailable(1000)) {
                    return null;
                }
                last = current + ": " + message;
                if (!current.equals("starting") && !message.isBlank()) {
                    return last;
                }
            }
            Thread.sleep(200);
        }
        return "not online after " + timeoutMillis / 1000 + " s (" + last + ")";
    }

    private static void fail(int code, String message) {
        report(message);
        System.exit(code);
    }

    private static void report(String message) {
        System.out.println("TKG-NEO4J-ERROR " + message.replace('\n', ' '));
        System.out.flush();
    }
}
