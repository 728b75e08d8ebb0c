package org.sitebinder.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.persistence.DocumentFormatException;
import org.sitebinder.persistence.DocumentLoader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every command reads: the document, an optional netsh listing, and the output format. */
final class DocumentOptions {
    enum Format { text, json }

    static final String SSLCERT = "--sslcert";
    static final String FORMAT = "--format";

    @Parameters(index = "0", paramLabel = "FILE",
            description = "A Sitebinder JSON document or an IIS applicationHost.config (whole or a fragment).")
    Path file;

    @Option(names = SSLCERT, paramLabel = "LISTING",
            description = "The output of 'netsh http show sslcert'; replaces the document's SSL records.")
    Path sslcert;

    @Option(names = FORMAT, paramLabel = "text|json", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    boolean json() {
        return format == Format.json;
    }

    /** The size of the files to read, 0 where one cannot be read (reading it then says why). */
    private long inputBytes() {
        long total = 0;
        for (Path p : new Path[] {file, sslcert}) {
            try {
                total += p == null ? 0 : Files.size(p);
            } catch (IOException | RuntimeException e) {
                // reported by the read
            }
        }
        return total;
    }

    /** Reads the document; bad input becomes a one-line {@link CliException}. */
    ServerDocument load() {
        boolean withoutC2 = BatchCompilation.forInput(inputBytes());
        try {
            // without C2, reading both files at once pays even on two cores; otherwise the loader decides
            DocumentLoader loader = new DocumentLoader();
            return withoutC2 ? loader.read(file, sslcert, true) : loader.read(file, sslcert);
        } catch (DocumentFormatException e) {
            throw new CliException(e.getMessage());
        } catch (NoSuchFileException e) {
            throw new CliException(e.getFile() + ": no such file");
        } catch (IOException e) {
            throw new CliException(file + ": cannot read: " + e.getMessage());
        }
    }
}
