package org.sitebinder.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.persistence.DocumentFormatException;
import org.sitebinder.persistence.FileFingerprint;
import org.sitebinder.persistence.LoadedDocument;

class JsonDocumentStoreTest {
    private final JsonDocumentStore store = new JsonDocumentStore();

    @TempDir
    Path dir;

    @Test
    void everyFieldAndEveryUnknownFieldSurvivesSaveAndLoad() throws Exception {
        ServerDocument doc = SampleDocuments.everyField();
        Path file = dir.resolve("web01.json");

        store.save(file, doc, null);
        LoadedDocument loaded = store.load(file);

        assertThat(loaded.document()).isEqualTo(doc);
        assertThat(loaded.kind()).isEqualTo(LoadedDocument.Kind.NATIVE_JSON);
        assertThat(loaded.fingerprint()).isEqualTo(FileFingerprint.of(file));
    }

    @Test
    void unknownFieldsWrittenByAnotherToolComeBackAtEveryLevel() throws Exception {
        String json = """
                {"schemaVersion": 1, "server": "WEB01", "top": {"a": [1, 2.50, 2.5e1, null]},
                 "sites": [{"name": "Shop", "siteNote": "x",
                            "bindings": [{"protocol": "http", "bindingInformation": "*:80:", "bindingNote": true}]}],
                 "sslRecords": [{"key": "0.0.0.0:443", "recordNote": 1,
                                 "fields": [{"label": "Ctl Store Name", "value": "(null)", "fieldNote": "y"}]}],
                 "certificates": [{"thumbprint": "ab", "certNote": []}],
                 "reservedPorts": [{"port": 8080, "portNote": {}}]}
                """;
        ServerDocument doc = store.read(json.getBytes(StandardCharsets.UTF_8), Path.of("other.json"));
        String written = new String(store.write(doc), StandardCharsets.UTF_8);

        assertThat(written).contains("\"top\"", "\"siteNote\"", "\"bindingNote\"", "\"recordNote\"",
                "\"fieldNote\"", "\"certNote\"", "\"portNote\"", "2.50");
        assertThat(store.read(store.write(doc), Path.of("again.json"))).isEqualTo(doc);
        assertThat(doc.sites().get(0).bindings().get(0).extras().fields()).containsEntry("bindingNote", true);
    }

    @Test
    void outputIsPrettyUtf8WithLfInAStableFieldOrder() {
        byte[] bytes = store.write(SampleDocuments.everyField());
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("\r").endsWith("}\n").contains("Bühne").contains("\n  \"server\": \"WEB01\"");
        assertThat(text.indexOf("\"schemaVersion\"")).isLessThan(text.indexOf("\"server\""));
        assertThat(text.indexOf("\"server\"")).isLessThan(text.indexOf("\"sites\""));
        assertThat(text.indexOf("\"sites\"")).isLessThan(text.indexOf("\"sslRecords\""));
        assertThat(text.indexOf("\"sslRecords\"")).isLessThan(text.indexOf("\"certificates\""));
        assertThat(text.indexOf("\"certificates\"")).isLessThan(text.indexOf("\"reservedPorts\""));
        assertThat(store.write(SampleDocuments.everyField())).isEqualTo(bytes);
    }

    @Test
    void sslRecordsAbsentMeansUnknownAndPresentEmptyMeansKnown() throws Exception {
        ServerDocument unknown = store.read(utf8("{\"schemaVersion\": 1, \"sites\": []}"), null);
        ServerDocument empty = store.read(utf8("{\"schemaVersion\": 1, \"sslRecords\": []}"), null);

        assertThat(unknown.sslRecordsKnown()).isFalse();
        assertThat(empty.sslRecordsKnown()).isTrue();
        assertThat(new String(store.write(unknown), StandardCharsets.UTF_8)).doesNotContain("sslRecords");
        assertThat(store.read(store.write(unknown), null)).isEqualTo(unknown);
        assertThat(store.read(store.write(empty), null)).isEqualTo(empty);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            truncated             | {"schemaVersion": 1, "sites": [                                   | 1 | not valid JSON: unexpected end of input
            trailing comma        | {"schemaVersion": 1,}                                             | 1 | not valid JSON: unexpected character '}'
            duplicate key         | {"schemaVersion": 1, "server": "a", "server": "b"}                | 1 | not valid JSON: duplicate field 'server'
            newer version         | {"schemaVersion": 2, "sites": "whatever"}                         | 1 | schemaVersion 2 is newer than this Sitebinder reads (1)
            no version            | {"sites": []}                                                     | 1 | missing "schemaVersion"
            not an object         | [1, 2]                                                            | 1 | expected a JSON object
            wrong type            | {"schemaVersion": 1,\\n "sites": [{"name": "A", "autoStart": "yes"}]} | 2 | sites[0].autoStart: expected true or false
            number as text        | {"schemaVersion": 1, "reservedPorts": [{"port": "80"}]}           | 1 | reservedPorts[0].port: expected a whole number
            missing field         | {"schemaVersion": 1,\\n\\n "sites": [{"bindings": []}]}             | 3 | sites[0]: missing required field "name"
            missing protocol      | {"schemaVersion": 1, "sites": [{"name": "A", "bindings": [{"bindingInformation": "*:80:"}]}]} | 1 | sites[0].bindings[0]: missing required field "protocol"
            null site             | {"schemaVersion": 1, "sites": [null]}                             | 1 | null is not allowed here
            bad state             | {"schemaVersion": 1, "sites": [{"name": "A", "state": "paused"}]} | 1 | state "paused" is not one of
            bad key               | {"schemaVersion": 1, "sslRecords": [{"key": "nonsense"}]}         | 1 | sslRecords[0]: key "nonsense" is not an SSL record key
            bad date              | {"schemaVersion": 1, "certificates": [{"thumbprint": "a", "notAfter": "tomorrow"}]} | 1 | notAfter "tomorrow" is not an ISO-8601 instant
            port out of range     | {"schemaVersion": 1, "reservedPorts": [{"port": 70000}]}          | 1 | port 70000 is outside 1..65535
            flags too big         | {"schemaVersion": 1, "sites": [{"name": "A", "bindings": [{"protocol": "https", "bindingInformation": "*:443:", "sslFlags": 99999999999}]}]} | 1 | sites[0].bindings[0].sslFlags: numeric value (99999999999) out of range of int
            lone surrogate        | {"schemaVersion": 1, "server": "\\ud800"}                         | 1 | half of a UTF-16 pair
            garbage after         | {"schemaVersion": 1} {}                                           | 1 | unexpected content after the document
            """)
    void badInputNamesFileLineAndColumnAndWritesNothing(String name, String json, int line, String problem)
            throws IOException {
        Path file = dir.resolve("broken.json");
        Files.write(file, utf8(json.replace("\\n", "\n")));
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> store.load(file))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageStartingWith(file + ":" + line + ":")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((DocumentFormatException) e).column()).isPositive())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "com.fasterxml", "Source:"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("broken.json");
    }

    @Test
    void malformedInputMessageHasTheExactPlaceOfTheProblem() {
        byte[] json = utf8("{\n  \"schemaVersion\": 1,\n  \"server\": WEB01\n}\n");

        assertThatThrownBy(() -> store.read(json, Path.of("demo.json")))
                .hasMessageStartingWith("demo.json:3:")
                .hasMessageContaining("not valid JSON: unrecognized token 'WEB01'");
    }

    @Test
    void inputBeyondTheParserLimitsIsRefusedWithAPlaceAndWithoutJacksonNames() {
        byte[] deep = utf8("{\"schemaVersion\": 1, \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
        byte[] longNumber = utf8("{\"schemaVersion\": 1, \"x\": " + "9".repeat(5000) + "}");

        assertThatThrownBy(() -> store.read(deep, Path.of("deep.json")))
                .hasMessageMatching("deep\\.json:1:\\d+: document nesting depth \\(\\d+\\) exceeds the maximum allowed \\(\\d+\\)");
        assertThatThrownBy(() -> store.read(longNumber, Path.of("long.json")))
                .hasMessageStartingWith("long.json:1:")
                .hasMessageContaining("number value length")
                .hasMessageNotContaining("StreamReadConstraints");
    }

    @Test
    void emptyFileIsRefusedPlainly() {
        assertThatThrownBy(() -> store.read(new byte[0], Path.of("empty.json")))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessage("empty.json: the file is empty: not a Sitebinder document");
    }

    @Test
    void saveRefusesWhenTheFileChangedOnDiskAndWritesNothing() throws Exception {
        Path file = dir.resolve("web01.json");
        FileFingerprint first = store.save(file, SampleDocuments.everyField(), null);
        store.save(file, SampleDocuments.everyField().withServerName("WEB01-b"), first);
        byte[] backup = Files.readAllBytes(dir.resolve("web01.json.bak"));
        LoadedDocument loaded = store.load(file);
        byte[] theirs = utf8("{\"schemaVersion\": 1, \"server\": \"changed by a deployment\"}\n");
        Files.write(file, theirs);
        ServerDocument mine = loaded.document().withServerName("WEB02");

        assertThatThrownBy(() -> store.save(file, mine, loaded.fingerprint()))
                .isInstanceOf(ExternalChangeException.class)
                .hasMessageContaining("changed by another program");
        assertThat(Files.readAllBytes(file)).isEqualTo(theirs);
        assertThat(Files.readAllBytes(dir.resolve("web01.json.bak"))).isEqualTo(backup);
        assertThat(fileNames()).containsExactlyInAnyOrder("web01.json", "web01.json.bak");
    }

    @Test
    void saveRefusesWhenOnlyTheModificationTimeChanged() throws Exception {
        Path file = dir.resolve("web01.json");
        FileFingerprint saved = store.save(file, SampleDocuments.everyField(), null);
        Files.setLastModifiedTime(file, FileTime.fromMillis(saved.lastModifiedMillis() - 60_000));

        assertThatThrownBy(() -> store.save(file, SampleDocuments.everyField().withServerName("X"), saved))
                .isInstanceOf(ExternalChangeException.class);
        assertThat(store.load(file).document().serverName()).isEqualTo("WEB01");
    }

    @Test
    void saveOverTheLoadedVersionKeepsThePreviousContentAsBackup() throws Exception {
        Path file = dir.resolve("web01.json");
        ServerDocument first = SampleDocuments.everyField();
        store.save(file, first, null);
        byte[] firstBytes = Files.readAllBytes(file);
        LoadedDocument loaded = store.load(file);

        FileFingerprint next = store.save(file, first.withServerName("WEB02"), loaded.fingerprint());
        store.save(file, first.withServerName("WEB03"), next);

        assertThat(store.load(file).document().serverName()).isEqualTo("WEB03");
        assertThat(store.load(dir.resolve("web01.json.bak")).document().serverName()).isEqualTo("WEB02");
        assertThat(firstBytes).isNotEqualTo(Files.readAllBytes(dir.resolve("web01.json.bak")));
        assertThat(fileNames()).containsExactlyInAnyOrder("web01.json", "web01.json.bak");
    }

    @Test
    void firstSaveCreatesTheFileWithoutABackup() throws Exception {
        Path file = dir.resolve("new.json");
        FileFingerprint fingerprint = store.save(file, SampleDocuments.everyField(), null);

        assertThat(fingerprint).isEqualTo(FileFingerprint.of(file));
        assertThat(fileNames()).containsExactly("new.json");
    }

    @Test
    void aFailedSaveLeavesTheTargetAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("web01.json");
        store.save(file, SampleDocuments.everyField(), null);
        byte[] before = Files.readAllBytes(file);
        Path blocker = dir.resolve("web01.json.bak");
        Files.createDirectory(blocker);
        Files.writeString(blocker.resolve("keep"), "a directory in the way makes the backup step fail");

        assertThatThrownBy(() -> store.save(file, SampleDocuments.everyField().withServerName("X"), null))
                .isInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(fileNames()).containsExactlyInAnyOrder("web01.json", "web01.json.bak");
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
