package cn.scgov.bulletin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.TestDatabaseInitializer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The backup service's scripts (docker/backup/backup.sh and restore.sh) against a real MariaDB/MySQL
 * server (skipped on H2): a dump of a running installation restored into another database gives the same
 * tables with the same contents (checksums of every table, characters outside the BMP included); the
 * restore empties the target first, refuses without --yes and refuses an incomplete dump; old dumps are
 * deleted after the days kept.
 */
class BackupRestoreScriptTests extends ApiTestSupport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    @Autowired
    Environment environment;

    @TempDir
    Path temp;

    @Test
    void aNightlyDumpRestoredIntoAnotherDatabaseHasTheSameTablesAndContents() throws Exception {
        String server = System.getenv(TestDatabaseInitializer.URL_VARIABLE);
        assumeTrue(server != null && !server.isBlank(), "needs " + TestDatabaseInitializer.URL_VARIABLE);
        String source = databaseOf(environment.getProperty("spring.datasource.url"));
        String target = source + "_restored";
        Path backups = Files.createDirectories(temp.resolve("backups"));
        String old = "bulletin-" + LocalDate.now().minusDays(20).format(DAY) + "-020000.sql.gz";
        String recent = "bulletin-" + LocalDate.now().minusDays(3).format(DAY) + "-020000.sql.gz";
        gzip(backups.resolve(old), "-- old dump\n");
        gzip(backups.resolve(recent), "-- recent dump\n");

        Result backup = run("docker/backup/backup.sh", Map.of("DB_NAME", source, "BACKUP_DIR", backups.toString(),
                "BACKUP_KEEP_DAYS", "14"));
        assertThat(backup.exit()).as(backup.output()).isZero();
        List<String> files = list(backups);
        assertThat(files).as("the 20-day-old dump is deleted, the 3-day-old one kept").doesNotContain(old).contains(recent)
                .hasSize(2);
        Path dump = backups.resolve(files.stream().filter(f -> !f.equals(recent)).findFirst().orElseThrow());

        try (Connection connection = DriverManager.getConnection(server, user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE `" + target + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            statement.execute("CREATE TABLE `" + target + "`.stray (id INT PRIMARY KEY)");

            Result unconfirmed = run("docker/backup/restore.sh", Map.of("DB_NAME", target), dump.toString());
            assertThat(unconfirmed.exit()).as("refused without --yes").isEqualTo(2);
            assertThat(tables(statement, target)).containsExactly("stray");

            Path truncated = temp.resolve("truncated.sql.gz");
            byte[] bytes = Files.readAllBytes(dump);
            Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            assertThat(run("docker/backup/restore.sh", Map.of("DB_NAME", target), "--yes", truncated.toString()).exit())
                    .as("an incomplete dump is refused").isEqualTo(3);
            assertThat(tables(statement, target)).containsExactly("stray");

            Result restore = run("docker/backup/restore.sh", Map.of("DB_NAME", target), "--yes", dump.toString());
            assertThat(restore.exit()).as(restore.output()).isZero();
            assertThat(restore.output()).contains("engine schema 8.0.0.0");

            assertThat(tables(statement, target)).as("same tables, the stray one gone").isEqualTo(tables(statement, source));
            assertThat(checksums(statement, target)).as("same contents").isEqualTo(checksums(statement, source));
            try (ResultSet rs = statement.executeQuery("SELECT display_name FROM `" + target + "`.app_user WHERE username = 'recipient'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("王𠀀");
            }
        } finally {
            try (Connection connection = DriverManager.getConnection(server, user(), password());
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS `" + target + "`");
            }
        }
    }

    record Result(int exit, String output) {
    }

    private Result run(String script, Map<String, String> settings, String... arguments) throws IOException, InterruptedException {
        Path passwordFile = temp.resolve("db_password");
        Files.writeString(passwordFile, password());
        List<String> command = new java.util.ArrayList<>(List.of("bash", script));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        String server = System.getenv(TestDatabaseInitializer.URL_VARIABLE).replaceFirst("^jdbc:mysql://", "");
        String hostPort = server.substring(0, server.indexOf('/') < 0 ? server.length() : server.indexOf('/'));
        builder.environment().put("DB_HOST", hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort);
        builder.environment().put("DB_PORT", hostPort.contains(":") ? hostPort.substring(hostPort.indexOf(':') + 1) : "3306");
        builder.environment().put("DB_USER", user());
        builder.environment().put("DB_PASSWORD_FILE", passwordFile.toString());
        builder.environment().putAll(settings);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static List<String> tables(Statement statement, String database) throws SQLException {
        List<String> tables = new java.util.ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '"
                + database + "' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static Map<String, Long> checksums(Statement statement, String database) throws SQLException {
        Map<String, Long> checksums = new TreeMap<>();
        for (String table : tables(statement, database)) {
            try (ResultSet rs = statement.executeQuery("CHECKSUM TABLE `" + database + "`.`" + table + "`")) {
                rs.next();
                checksums.put(table, rs.getLong(2));
            }
        }
        return checksums;
    }

    private static List<String> list(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String databaseOf(String url) {
        String path = url.substring(url.indexOf("//") + 2);
        path = path.substring(path.indexOf('/') + 1);
        return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    }

    private static String user() {
        String value = System.getenv("BULLETIN_TEST_DB_USER");
        return value == null ? "root" : value;
    }

    private static String password() {
        String value = System.getenv("BULLETIN_TEST_DB_PASSWORD");
        return value == null ? "" : value;
    }
}
