package org.sitebinder.persistence.iis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.persistence.DocumentFormatException;

/** The UTF-8 byte path of {@link NetshReader} against reading the decoded text: same records, same errors. */
class NetshReaderDifferentialTest {

    private static final Path FILE = Path.of("sslcert.txt");

    static Stream<String> corpusFiles() {
        return Corpus.files(Corpus.folder("netsh")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void everyCorpusFileGivesTheSameRecordsOnBothPaths(String name) throws Exception {
        byte[] data = Files.readAllBytes(Corpus.folder("netsh").resolve(name));

        assertThat(bothPaths(data)).isNotInstanceOf(DocumentFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SSL Certificate bindings:\r\n----\r\n\r\n    IP:port : 0.0.0.0:443\r\n    Certificate Hash : ab\r\n"
            + "    Application ID : {x}\r\n    Certificate Store Name : (null)\r\n    Extended Properties:\r\n    PropertyId : 0\r\n",
        "ssl certificate BINDINGS:\n",
        "C:\\> netsh http show sslcert\n  Hostname:port : www.example.com:443\n Certificate Hash: x\n\n"
            + "Central Certificate Store : 443\nCertificate Store Name : MY\n",
        "IP:port:0.0.0.0:443\nLabel with : colon : value\n:leading\ntrailing:\nno separator\n \t\u000b\f\n",
        "Hostname:port : 10.0.0.1:443\nHostname:port : [::1]:443\n",
        "IP:port : 00.0.0.0:443\r\rIP:port : [::]:8443\r\n",
        "IP:port : Café:443\n  Certificate Hash : héllo wörld \u3000\n\u3000Label\u2003: v\u00a0\n",
        "IP:port : 0.0.0.0:443\n  Bad \u00ff\u00fe bytes : \u0080 value\n",
        "IP:port : 0.0.0.0:443\nIP:port : \n",
        "IP:port : 0.0.0.0:443\nIP:port :\n  \n\u3000\n",
        "IP:port : 0.0.0.0:443\nIP:port :\nx\n",
        "IP:port : not a key\n",
        "Hostname:port : [bad:443\n",
        "nothing of a listing\n",
        "",
        "SSL Certificate bindings:",
    })
    void bothPathsAgree(String text) throws Exception {
        bothPaths(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"IP:port : 0.0.0.0:443\n  Name : \u00e9", "IP:port : 0.0.0.0:443\n  Name : ab\u00e9\u00e9",
        "IP:port : 0.0.0.0:443\n  Name : \u20ac", "IP:port : 0.0.0.0:443\n  Name : x\ud83d\ude00",
        "IP:port : 0.0.0.0:443\n  Name : \ud83d\ude00\ud83d\ude00"})
    void malformedUtf8IsReplacedAlikeOnBothPaths(String text) throws Exception {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(data, data.length - 1);
        byte[] broken = data.clone();
        broken[broken.length - 1] = '\n';

        byte[] cutTwice = java.util.Arrays.copyOf(data, data.length - 2);
        byte[] cutTwiceThenLine = java.util.Arrays.copyOf(cutTwice, cutTwice.length + 3);
        cutTwiceThenLine[cutTwice.length] = '\r';
        cutTwiceThenLine[cutTwice.length + 1] = ':';
        cutTwiceThenLine[cutTwice.length + 2] = 'x';

        bothPaths(cut);
        bothPaths(broken);
        bothPaths(cutTwice);
        bothPaths(cutTwiceThenLine);
    }

    /**
     * @return the records or the refusal, after checking both paths give the same, and that the
     *         command line's reader (no other fields) gives the same records less their other fields
     */
    static Object bothPaths(byte[] data) throws Exception {
        Object bytes = outcome(() -> new NetshReader().read(data, FILE));
        Object text = outcome(() -> new NetshReader().readAsText(data, FILE));
        Object lean = outcome(() -> new NetshReader(false).read(data, FILE));
        if (text instanceof DocumentFormatException refused) {
            assertThat(bytes).hasToString(refused.toString());
            assertThat(lean).hasToString(refused.toString());
        } else {
            assertThat(bytes).isEqualTo(text);
            assertThat(lean).isEqualTo(withoutOtherFields(bytes));
        }
        return bytes;
    }

    @SuppressWarnings("unchecked")
    private static List<SslRecord> withoutOtherFields(Object records) {
        return ((List<SslRecord>) records).stream()
                .map(r -> new SslRecord(r.key(), r.certificateHash(), r.storeName(), r.applicationId(), List.of(), r.extras()))
                .toList();
    }

    private interface Read {
        Object run() throws Exception;
    }

    private static Object outcome(Read read) throws Exception {
        try {
            return read.run();
        } catch (DocumentFormatException refused) {
            return refused;
        }
    }
}
