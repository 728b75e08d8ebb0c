package org.sitebinder.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.SslRecordKey;

class DocumentLoaderTest {
    private static final String CONFIG = "<configuration><system.applicationHost><sites>"
            + "<site name=\"Shop\" id=\"1\"><bindings><binding protocol=\"https\" bindingInformation=\"*:443:shop.example\"/>"
            + "</bindings></site></sites></system.applicationHost></configuration>";
    private static final String LISTING = "SSL Certificate bindings:\n-------------------------\n\n"
            + "    IP:port                      : 0.0.0.0:443\n"
            + "    Certificate Hash             : 8d90a17d2851f802b0a5619bf695b03544b8f5cb\n"
            + "    Application ID               : {4dc3e181-e14b-4a21-b022-59fc669b0914}\n"
            + "    Certificate Store Name       : MY\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    @Test
    void anApplicationHostConfigIsRecognisedByContentWhateverItsName() throws Exception {
        Path file = write("site.json", ("\uFEFF  \n" + CONFIG).getBytes(StandardCharsets.UTF_8));

        LoadedDocument loaded = new DocumentLoader().load(file, null);

        assertThat(loaded.kind()).isEqualTo(LoadedDocument.Kind.APPLICATION_HOST_CONFIG);
        assertThat(loaded.document().sites()).extracting(s -> s.name()).containsExactly("Shop");
        assertThat(loaded.document().sslRecordsKnown()).isFalse();
        assertThat(loaded.fingerprint().size()).isEqualTo(Files.size(file));
    }

    @Test
    void aNativeDocumentIsRecognisedByContent() throws Exception {
        Path file = write("applicationHost.config",
                "{\"schemaVersion\": 1, \"server\": \"WEB01\", \"sites\": []}".getBytes(StandardCharsets.UTF_8));

        LoadedDocument loaded = new DocumentLoader().load(file, null);

        assertThat(loaded.kind()).isEqualTo(LoadedDocument.Kind.NATIVE_JSON);
        assertThat(loaded.document().serverName()).isEqualTo("WEB01");
    }

    @ParameterizedTest(name = "in parallel: {0}")
    @ValueSource(booleans = {false, true})
    void theListingReplacesTheRecordsAndMarksThemKnown(boolean inParallel) throws Exception {
        Path config = write("applicationHost.config", CONFIG.getBytes(StandardCharsets.UTF_8));
        Path listing = write("sslcert.txt", LISTING.getBytes(StandardCharsets.UTF_8));

        ServerDocument doc = new DocumentLoader().read(config, listing, inParallel);

        assertThat(doc.sslRecordsKnown()).isTrue();
        assertThat(doc.sslRecords()).extracting(r -> r.key()).containsExactly(SslRecordKey.ipPort("0.0.0.0", 443));
    }

    @ParameterizedTest(name = "in parallel: {0}")
    @ValueSource(booleans = {false, true})
    void aBadListingIsReportedWithItsOwnFileName(boolean inParallel) throws Exception {
        Path config = write("applicationHost.config", CONFIG.getBytes(StandardCharsets.UTF_8));
        Path listing = write("notes.txt", "hello, world\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new DocumentLoader().read(config, listing, inParallel))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("notes.txt");
    }

    @ParameterizedTest(name = "in parallel: {0}")
    @ValueSource(booleans = {false, true})
    void whenBothFilesAreBadTheDocumentIsTheOneReported(boolean inParallel) throws Exception {
        Path config = write("applicationHost.config", "<configuration><sites>".getBytes(StandardCharsets.UTF_8));
        Path listing = write("notes.txt", "hello, world\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new DocumentLoader().read(config, listing, inParallel))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageStartingWith(config.toString())
                .hasMessageNotContaining("notes.txt");
    }

    @ParameterizedTest(name = "in parallel: {0}")
    @ValueSource(booleans = {false, true})
    void aMissingListingIsReportedAfterAGoodDocument(boolean inParallel) throws Exception {
        Path config = write("applicationHost.config", CONFIG.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new DocumentLoader().read(config, config.resolveSibling("absent.txt"), inParallel))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void aFileOfNeitherKindIsRefusedWithAPlainMessage() throws Exception {
        Path file = write("readme.txt", "Sitebinder".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new DocumentLoader().load(file, null))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("not a Sitebinder JSON document or an IIS applicationHost.config");
    }

    @Test
    void utf16XmlAsPowerShellWritesItIsRecognised() throws Exception {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + CONFIG).getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Path file = write("applicationHost.config", withBom);

        assertThat(new DocumentLoader().load(file, null).document().sites()).hasSize(1);
    }
}
