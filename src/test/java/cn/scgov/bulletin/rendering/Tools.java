package cn.scgov.bulletin.rendering;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * The Debian tools the fidelity tests use as real consumers: poppler-utils (pdftotext, pdffonts,
 * pdfinfo, pdftoppm) and LibreOffice Writer (libreoffice-writer-nogui). Tests needing one are
 * skipped, saying what to install, when it is absent.
 */
final class Tools {

    private Tools() {
    }

    static void requirePoppler() {
        Assumptions.assumeTrue(executable("pdftotext") && executable("pdffonts") && executable("pdfinfo")
                && executable("pdftoppm"), "PDF checks skipped: install poppler-utils (apt-get install poppler-utils)");
    }

    static void requireLibreOffice() {
        Assumptions.assumeTrue(executable("soffice"),
                "DOCX check skipped: install LibreOffice Writer (apt-get install libreoffice-writer-nogui)");
    }

    static String pdfToText(Path pdf) {
        return run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
    }

    static String pdfFonts(Path pdf) {
        return run(List.of("pdffonts", pdf.toString()));
    }

    /** {@code pdfimages -list}: one line per image the PDF draws, with its width and height in pixels. */
    static String pdfImages(Path pdf) {
        return run(List.of("pdfimages", "-list", pdf.toString()));
    }

    static String pdfInfo(Path pdf) {
        return run(List.of("pdfinfo", pdf.toString()));
    }

    /** The first page as a PNG next to the PDF: &lt;name&gt;-page1.png. */
    static Path firstPagePng(Path pdf) {
        String base = pdf.toString().replaceAll("\\.pdf$", "") + "-page1";
        run(List.of("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf.toString(), base));
        return Path.of(base + ".png");
    }

    /** Converts with LibreOffice headless in its own profile (so it never meets another running instance). */
    static Path docxToPdf(Path docx, Path outputDirectory) throws IOException {
        Path profile = Files.createTempDirectory("lo-profile-" + UUID.randomUUID());
        Files.createDirectories(outputDirectory);
        try {
            run(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", outputDirectory.toString(), docx.toString()));
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
        Path pdf = outputDirectory.resolve(docx.getFileName().toString().replaceAll("\\.docx$", ".pdf"));
        if (!Files.exists(pdf)) {
            throw new AssertionError("LibreOffice produced no PDF for " + docx);
        }
        return pdf;
    }

    private static String run(List<String> command) {
        try {
            Path output = Files.createTempFile("tool", ".out");
            Path errors = Files.createTempFile("tool", ".err");
            Process process = new ProcessBuilder(new ArrayList<>(command)).redirectError(errors.toFile())
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(240, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("Timed out: " + command);
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            String complaints = Files.readString(errors, StandardCharsets.UTF_8);
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
            if (process.exitValue() != 0) {
                throw new AssertionError(command + " failed (" + process.exitValue() + "): " + text + complaints);
            }
            return text;
        } catch (IOException e) {
            throw new AssertionError("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted: " + command);
        }
    }

    private static boolean executable(String name) {
        for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(directory, name))) {
                return true;
            }
        }
        return false;
    }
}
