package org.sitebinder.persistence.iis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.persistence.DocumentFormatException;

/** The UTF-8 fast path against the StAX reference: same sites, same refusals, same error lines. */
class Utf8SiteScannerDifferentialTest {

    static Stream<String> corpusFiles() {
        return Corpus.files(Corpus.folder("applicationhost")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void everyCorpusFileGivesTheSameSitesOnBothPaths(String name) throws Exception {
        byte[] data = Files.readAllBytes(Corpus.folder("applicationhost").resolve(name));

        Differential.Fast fast = Differential.check(data);

        if (name.contains("MALFORMED")) {
            assertThat(fast.declined().malformed).isTrue();
            DocumentFormatException stax = (DocumentFormatException) Differential.stax(data);
            assertThat(Differential.line(data, fast.declined().offset)).isEqualTo(stax.line()).isEqualTo(28);
        } else {
            assertThat(fast.sites()).as("a real file is read by the fast path, not declined").isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<site/>",
        "<?xml version=\"1.0\"?><site/>",
        "<?xml version='1.0' encoding='utf-8' standalone='no' ?>\n<site name='a'/>",
        "<?xml version = \"1.0\" encoding = \"UTF-8\"?><site/>",
        "<!-- c --><?pi data?><site name=\"a\" id=\"7\"/><!-- after --><?after?> \n",
        "<site name=\"a&amp;b &lt;c&gt; &quot;d&quot; &apos;e&apos;\" id=\" 12 \"/>",
        "<site name=\"tab\there\r\nnext\rline\nend\" physicalPath=\"&#9;&#10;&#13;&#x41;&#66;&#x1F600;\"/>",
        "<site name='quote\"inside' other=\"apos'inside\"/>",
        "<site name=\"Café Zürich 日本語 😀\" id=\"0001\" serverAutoStart=\" FALSE \"/>",
        "<site><![CDATA[ <not a tag> ]] ]> ]]></site>",
        "<site>text &amp; &#65; ]] > ] > </site>",
        "<site xmlns=\"u\" xmlns:p=\"v\" p:a=\"1\" :c=\"2\" a.b-c_d=\"3\"/>",
        "<x:site name=\"prefixed is not a site\"/>",
        "<sites><site name=\"A\"><application path=\"/\" applicationPool=\"P&amp;Q\"/></site>"
            + "<applicationDefaults applicationPool=\"D\"/><site name=\"B\"/></sites>",
        "<site id=\"99999999999999999999\" name=\"big id\"/>",
        "<site id=\"-1\"/>",
        "<site><bindings><binding protocol=\"https\" bindingInformation=\"*:443:a\" sslFlags=\" 1 \"/>"
            + "<binding protocol=\"https\" bindingInformation=\"*:443:b\" sslFlags=\"Sni, DisableTLS13\"/>"
            + "<binding protocol=\"https\" bindingInformation=\"*:443:c\" sslFlags=\"9999999999\"/>"
            + "<binding protocol=\"https\" bindingInformation=\"*:443:d\" sslFlags=\"2147483647\"/>"
            + "<binding protocol=\"https\" bindingInformation=\"*:443:e\" sslFlags=\"&#49;\"/>"
            + "<binding protocol=\"ht&#116;p\" bindingInformation=\"*:80:f\" extra=\"x\"/>"
            + "<binding/></bindings></site>",
        "<site><application path=\"/\"><virtualDirectory path=\"&#47;\" physicalPath=\"C:\\a\"/>"
            + "<virtualDirectory path=\"/\" physicalPath=\"C:\\b\"/></application>"
            + "<application path=\"/\" applicationPool=\"second root ignored\"/></site>",
        "<site><application path=\"/\"><virtualDirectory path=\"/\"/></application></site>",
        "<a><b><site name=\"deep\"><bindings><x><binding protocol=\"http\"/></x></bindings></site></b></a>",
        "<site name=\"&#x7F;&#x85;&#xFFFD;\u0085\u2028\uFFFD\"/>",
        "<site ></site >",
        "<site\tname\n=\r'a'\t/>",
        "\uFEFF<site name=\"after a BOM\"/>",
    })
    void bothPathsGiveTheSameSites(String xml) throws Exception {
        byte[] data = xml.getBytes(StandardCharsets.UTF_8);

        Differential.Fast fast = Differential.check(data);

        assertThat(fast.sites()).as("the fast path takes this").isNotNull();
        assertThat(read(data)).isEqualTo(Differential.stax(data));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "   ",
        "<!-- only a comment -->",
        "<site>",
        "<site/",
        "<site name=\"a\"",
        "<site name=\"a/>",
        "<site name=a/>",
        "<site name/>",
        "<site name=\"a\"id=\"1\"/>",
        "<site name=\"a\" name=\"b\"/>",
        "<site a=\"<\"/>",
        "<site a=\"&#0;\"/>",
        "<site a=\"&#xD800;\"/>",
        "<site a=\"&#x110000;\"/>",
        "<site a=\"&#99999999999999999999;\"/>",
        "<site a=\"&#X41;\"/>",
        "<site a=\"&#;\"/>",
        "<site a=\"&#x;\"/>",
        "<site a=\"&#12\"/>",
        "<site>\n]]>\n</site>",
        "<site>\n<a>\n</site>",
        "<site>\n</a>\n</site>",
        "<site></ site>",
        "<site/>\n<site/>",
        "<site/>\ntext",
        "text\n<site/>",
        "<site/><![CDATA[x]]>",
        "<![CDATA[x]]><site/>",
        "<site><!-- a -- b --></site>",
        "<site><!-- a ---></site>",
        "<site><!-- not closed</site>",
        "<site><? x?></site>",
        "<site><?xml x?></site>",
        "<site/><?XmL?>",
        " <?xml version=\"1.0\"?><site/>",
        "<site>\u0001</site>",
        "<site a=\"\u0008\"/>",
        "<site><!-- \u0000 --></site>",
        "<site><![CDATA[\u000B]]></site>",
        "<site><?pi \u001F?></site>",
        "<site>\n\n<!x></site>",
    })
    void whatTheFastPathCallsMalformedStaxRefusesOnTheSameLine(String xml) throws Exception {
        byte[] data = xml.getBytes(StandardCharsets.UTF_8);

        Differential.Fast fast = Differential.check(data);

        assertThat(fast.declined()).as("declined").isNotNull();
        assertThat(fast.declined().malformed).as("called malformed").isTrue();
        DocumentFormatException stax = (DocumentFormatException) Differential.stax(data);
        if (stax.line() > 0) {
            assertThat(Differential.line(data, fast.declined().offset)).isEqualTo(stax.line());
        }
        assertThat(read(data)).hasToString(stax.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE site><site/>",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE site [<!ENTITY e \"x\">]>\n<site name=\"&e;\"/>",
        "<site name=\"&lol;\"/>",
        "<site>&nbsp;</site>",
        "<?xml version=\"1.1\"?><site/>",
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?><site/>",
        "<sité name=\"x\"/>",
        "<site nämé=\"x\"/>",
        "<site a:b:c=\"x\"/>",
        "<site a:=\"x\"/>",
        "<site/><?a:b?>",
        "<configuration xmlns:1dt=\"x\"/>",
        "<site a:-b=\"x\"/>",
        "<?xml version=\"1.0\"encoding=\"UTF-8\"?><site/>",
    })
    void whatTheFastPathDeclinesIsReadExactlyAsByStax(String xml) throws Exception {
        byte[] data = xml.getBytes(StandardCharsets.UTF_8);

        Differential.Fast fast = Differential.check(data);

        assertThat(fast.declined()).as("declined").isNotNull();
        Object stax = Differential.stax(data);
        Object read = read(data);
        if (stax instanceof DocumentFormatException refused) {
            assertThat(read).hasToString(refused.toString());
        } else {
            assertThat(read).isEqualTo(stax);
        }
    }

    @Test
    void limitsAreLeftToStaxSoItsMessagesStay() throws Exception {
        byte[] deep = ("<a>".repeat(300) + "</a>".repeat(300)).getBytes(StandardCharsets.UTF_8);
        byte[] manyAttributes = ("<site" + attributes(1001) + "/>").getBytes(StandardCharsets.UTF_8);
        byte[] longName = ("<site name=\"" + "x".repeat(SiteScanner.MAX_VALUE_LENGTH + 1) + "\"/>").getBytes(StandardCharsets.UTF_8);

        assertThat(read(deep)).asString().contains("nested deeper than 256");
        assertThat(read(manyAttributes)).asString().contains("more than 1000 attributes");
        assertThat(read(longName)).asString().contains("attribute 'name' is longer than");
        assertThat(Differential.fast(deep).declined().malformed).isFalse();
    }

    @Test
    void limitsStillLeaveRoomForTheLargestAcceptedInput() throws Exception {
        byte[] deep = ("<a>".repeat(256) + "<site name='x'/>".repeat(0) + "</a>".repeat(256)).getBytes(StandardCharsets.UTF_8);
        byte[] manyAttributes = ("<site" + attributes(1000) + "/>").getBytes(StandardCharsets.UTF_8);

        assertThat(Differential.check(deep).sites()).isEmpty();
        assertThat(Differential.check(manyAttributes).sites()).hasSize(1);
    }

    private static String attributes(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(" a").append(i).append("=\"x\"");
        }
        return sb.toString();
    }

    /** The production reader: the document, or the refusal. */
    private static Object read(byte[] data) throws Exception {
        try {
            ServerDocument doc = new ApplicationHostReader().read(new ByteArrayInputStream(data), Path.of("diff.config"), "DIFF");
            return doc;
        } catch (DocumentFormatException refused) {
            return refused;
        }
    }
}
