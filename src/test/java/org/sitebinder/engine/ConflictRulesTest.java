package org.sitebinder.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitebinder.engine.Docs.doc;
import static org.sitebinder.engine.Docs.projected;
import static org.sitebinder.engine.Docs.reserved;
import static org.sitebinder.engine.Docs.site;
import static org.sitebinder.engine.Docs.stopped;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitebinder.domain.ServerDocument;

/** DUPLICATE_BINDING, PROTOCOL_CONFLICT, PORT_IN_USE, DUPLICATE_SITE, OVERLAPPING_BINDING: what fires and the nearest that must not. */
class ConflictRulesTest {
    private final BindingEngine engine = new BindingEngine();

    private static Arguments c(String name, ServerDocument doc, String... expected) {
        return Arguments.of(name, doc, List.of(expected));
    }

    static Stream<Arguments> duplicateBinding() {
        return Stream.of(
                c("two sites, one binding", doc(site("A", "http *:80:a.example"), site("B", "http *:80:a.example")),
                        "A,B | *:80 | http *:80:a.example; http *:80:a.example"),
                c("one site twice", doc(site("A", "http *:80:a", "http *:80:a")), "A | *:80 | http *:80:a; http *:80:a"),
                c("three sites make one finding", doc(site("A", "https *:443:x"), site("B", "https *:443:x"),
                        site("C", "https *:443:x")), "A,B,C | *:443 | https *:443:x; https *:443:x; https *:443:x"),
                c("host compared case-insensitively", doc(site("A", "http *:80:A.Example"), site("B", "http *:80:a.example")),
                        "A,B | *:80 | http *:80:A.Example; http *:80:a.example"),
                c("*, empty and 0.0.0.0 are all ANY", doc(site("A", "http *:80:a"), site("B", "http :80:a"),
                        site("C", "http 0.0.0.0:80:a")), "A,B,C | *:80 | http *:80:a; http :80:a; http 0.0.0.0:80:a"),
                c("[::1] equals [0:0:0:0:0:0:0:1]", doc(site("A", "http [::1]:80:"), site("B", "http [0:0:0:0:0:0:0:1]:80:")),
                        "A,B | [::1]:80 | http [::1]:80:; http [0:0:0:0:0:0:0:1]:80:"),
                c("ftp duplicates", doc(site("A", "ftp *:21:"), site("B", "ftp *:21:")), "A,B | *:21 | ftp *:21:; ftp *:21:"),
                c("a stopped site still counts", doc(site("A", "http *:80:"), stopped("B", "http *:80:")),
                        "A,B | *:80 | http *:80:; http *:80:"),
                c("net.tcp never (its port is shared by design)", doc(site("A", "net.tcp 808:*"), site("B", "net.tcp 808:*"))),
                c("net.pipe never", doc(site("A", "net.pipe *"), site("B", "net.pipe *"))),
                c("different host", doc(site("A", "http *:80:a"), site("B", "http *:80:b"))),
                c("different port", doc(site("A", "http *:80:a"), site("B", "http *:81:a"))),
                c("different protocol is a PROTOCOL_CONFLICT, not a duplicate", doc(site("A", "http *:443:a"), site("B", "https *:443:a"))),
                c("ANY and a specific IP overlap but are not equal", doc(site("A", "http *:80:a"), site("B", "http 10.0.0.1:80:a"))),
                c("unknown protocols never", doc(site("A", "custom x"), site("B", "custom x"))));
    }

    static Stream<Arguments> protocolConflict() {
        return Stream.of(
                c("http and https on one port", doc(site("Blog", "http *:8443:"), site("Legacy", "https *:8443:legacy.example")),
                        "Blog,Legacy | *:8443 | http *:8443:; https *:8443:legacy.example"),
                c("10.0.0.1 http + * https + 10.0.0.2 http is one group of three", doc(site("A", "http 10.0.0.1:443:"),
                        site("B", "https *:443:"), site("C", "http 10.0.0.2:443:")),
                        "A,B,C | *:443 | http 10.0.0.1:443:; https *:443:; http 10.0.0.2:443:"),
                c("hosts do not matter", doc(site("A", "http *:443:a"), site("B", "https *:443:b")),
                        "A,B | *:443 | http *:443:a; https *:443:b"),
                c("one specific address", doc(site("A", "http 10.0.0.1:443:"), site("B", "https 10.0.0.1:443:")),
                        "A,B | 10.0.0.1:443 | http 10.0.0.1:443:; https 10.0.0.1:443:"),
                c("IPv6 spellings are one address", doc(site("A", "http [::1]:443:"), site("B", "https [0:0:0:0:0:0:0:1]:443:")),
                        "A,B | [::1]:443 | http [::1]:443:; https [0:0:0:0:0:0:0:1]:443:"),
                c("ftp vs http", doc(site("A", "ftp *:21:"), site("B", "http *:21:")), "A,B | *:21 | ftp *:21:; http *:21:"),
                c("net.tcp vs http", doc(site("A", "net.tcp 808:*"), site("B", "http 10.0.0.1:808:")),
                        "A,B | *:808 | net.tcp 808:*; http 10.0.0.1:808:"),
                c("one site against itself", doc(site("A", "http *:443:", "https *:443:")), "A | *:443 | http *:443:; https *:443:"),
                c("two separate addresses make two findings", doc(site("A", "http 10.0.0.1:443:"), site("B", "https 10.0.0.1:443:"),
                        site("C", "http 10.0.0.2:443:"), site("D", "https 10.0.0.2:443:")),
                        "A,B | 10.0.0.1:443 | http 10.0.0.1:443:; https 10.0.0.1:443:",
                        "C,D | 10.0.0.2:443 | http 10.0.0.2:443:; https 10.0.0.2:443:"),
                c("different specific addresses do not overlap", doc(site("A", "http 10.0.0.1:443:"), site("B", "https 10.0.0.2:443:"))),
                c("different ports", doc(site("A", "http *:80:"), site("B", "https *:443:"))),
                c("net.tcp with net.tcp", doc(site("A", "net.tcp 808:*"), site("B", "net.tcp 808:*"))),
                c("net.pipe has no port", doc(site("A", "net.pipe *"), site("B", "http *:80:"))),
                c("same listener, other host", doc(site("A", "http *:80:a"), site("B", "http 10.0.0.1:80:b"))));
    }

    static Stream<Arguments> portInUse() {
        return Stream.of(
                c("a site on a reserved port", reserved(doc(site("A", "http *:8080:")), 8080, "WinGate"), "A | *:8080 | http *:8080:"),
                c("every binding of the port, one finding", reserved(doc(site("A", "http *:8080:a"), site("B", "net.tcp 8080:*"),
                        site("C", "https 10.0.0.1:8080:")), 8080, "proxy"),
                        "A,B,C | *:8080 | http *:8080:a; net.tcp 8080:*; https 10.0.0.1:8080:"),
                c("reserved twice is still one finding", reserved(reserved(doc(site("A", "http *:8080:")), 8080, "a"), 8080, "b"),
                        "A | *:8080 | http *:8080:"),
                c("another port", reserved(doc(site("A", "http *:8081:")), 8080, "WinGate")),
                c("net.pipe has no port", reserved(doc(site("A", "net.pipe *")), 8080, "WinGate")));
    }

    static Stream<Arguments> duplicateSite() {
        return Stream.of(
                c("same name, other case", doc(site("Shop", "http *:80:a"), site("shop", "http *:80:b")), "Shop,shop | null | "),
                c("same id", doc(site(1, "A", "http *:80:a"), site(1, "B", "http *:80:b")), "A,B | null | "),
                c("id and name chain into one group", doc(site(1, "X"), site(1, "Y"), site(2, "y"), site(3, "Z")), "X,Y,y | null | "),
                c("two groups", doc(site("A"), site("B"), site("a"), site("b")), "A,a | null | ", "B,b | null | "),
                c("different names and ids", doc(site(1, "A"), site(2, "B"))),
                c("no ids at all is not the same id", doc(site("A"), site("B"))));
    }

    static Stream<Arguments> overlappingBinding() {
        return Stream.of(
                c("ANY and a specific IP", doc(site("A", "http *:80:a"), site("B", "http 10.0.0.1:80:a")),
                        "A,B | *:80 | http *:80:a; http 10.0.0.1:80:a"),
                c("ANY links several addresses", doc(site("A", "http 10.0.0.1:80:"), site("B", "http *:80:"), site("C", "http 10.0.0.2:80:")),
                        "A,B,C | *:80 | http 10.0.0.1:80:; http *:80:; http 10.0.0.2:80:"),
                c("two specific addresses", doc(site("A", "http 10.0.0.1:80:a"), site("B", "http 10.0.0.2:80:a"))),
                c("different hosts", doc(site("A", "http *:80:a"), site("B", "http 10.0.0.1:80:b"))),
                c("both ANY is a duplicate, not an overlap", doc(site("A", "http *:80:a"), site("B", "http *:80:a"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("duplicateBinding")
    void duplicateBinding(String name, ServerDocument doc, List<String> expected) {
        assertThat(projected(engine.check(doc), Code.DUPLICATE_BINDING)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocolConflict")
    void protocolConflict(String name, ServerDocument doc, List<String> expected) {
        assertThat(projected(engine.check(doc), Code.PROTOCOL_CONFLICT)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("portInUse")
    void portInUse(String name, ServerDocument doc, List<String> expected) {
        assertThat(projected(engine.check(doc), Code.PORT_IN_USE)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("duplicateSite")
    void duplicateSite(String name, ServerDocument doc, List<String> expected) {
        assertThat(projected(engine.check(doc), Code.DUPLICATE_SITE)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlappingBinding")
    void overlappingBinding(String name, ServerDocument doc, List<String> expected) {
        assertThat(projected(engine.check(doc), Code.OVERLAPPING_BINDING)).containsExactlyElementsOf(expected);
    }

    @Test
    void protocolConflictTellsTheAdminWhatBreaksAndWhatToDo() {
        Finding f = engine.check(doc(site("Blog", "http *:8443:"), site("Legacy", "https *:8443:legacy.example"))).all().get(0);
        assertThat(f.message()).isEqualTo("Port 8443 on All Unassigned is HTTP for 'Blog' and HTTPS for 'Legacy': plain"
                + " HTTP clients will fail the TLS handshake. Move the HTTP binding to another port.");
        assertThat(f.siteIndexes()).containsExactly(0, 1);
        assertThat(f.bindingRefs()).containsExactly(new BindingRef(0, 0), new BindingRef(1, 0));
    }

    @Test
    void aCatchAllBindingOverManyAddressesNamesTheFirstFewAndCountsTheRest() {
        Finding six = engine.check(doc(site("Catch-all", "http *:443:"),
                site("S1", "https 10.0.0.1:443:"), site("S2", "https 10.0.0.2:443:"), site("S3", "https 10.0.0.3:443:"),
                site("S4", "https 10.0.0.4:443:"), site("S5", "https 10.0.0.5:443:"))).all().get(0);
        Finding nine = engine.check(doc(site("Catch-all", "http *:443:"),
                site("S1", "https 10.0.0.1:443:"), site("S2", "https 10.0.0.2:443:"), site("S3", "https 10.0.0.3:443:"),
                site("S4", "https 10.0.0.4:443:"), site("S5", "https 10.0.0.5:443:"), site("S6", "https 10.0.0.6:443:"),
                site("S7", "https 10.0.0.7:443:"), site("S8", "https 10.0.0.8:443:"))).all().get(0);

        assertThat(six.message()).startsWith("Port 443 on overlapping addresses (All Unassigned, 10.0.0.1, 10.0.0.2,"
                + " 10.0.0.3, 10.0.0.4 and 10.0.0.5) is HTTP for 'Catch-all' and HTTPS for");
        assertThat(nine.message()).startsWith("Port 443 on overlapping addresses (All Unassigned, 10.0.0.1, 10.0.0.2,"
                + " 10.0.0.3, 10.0.0.4 and 4 more) is HTTP for 'Catch-all' and HTTPS for 'S1', 'S2', 'S3', 'S4', 'S5'"
                + " and 3 more:");
        assertThat(nine.sites()).hasSize(9);
    }

    @Test
    void aConflictListsItsAddressesInDocumentOrderAndCountsSitesNotNames() {
        // the catch-all comes third, 10.0.0.9 before 10.0.0.1; two sites share the name 'Twin'
        Finding f = engine.check(doc(site("Twin", "https 10.0.0.9:443:"), site("Twin", "https 10.0.0.1:443:"),
                site("Catch-all", "http *:443:"), site("Other", "https 10.0.0.9:443:other.example"))).all().stream()
                .filter(x -> x.code() == Code.PROTOCOL_CONFLICT).findFirst().orElseThrow();

        assertThat(f.message()).startsWith("Port 443 on overlapping addresses (10.0.0.9, 10.0.0.1 and All Unassigned)"
                + " is HTTP for 'Catch-all' and HTTPS for 'Twin', 'Twin' and 'Other':");
        assertThat(f.endpoint()).isEqualTo("*:443");
        assertThat(f.bindingRefs()).containsExactly(new BindingRef(0, 0), new BindingRef(1, 0), new BindingRef(2, 0),
                new BindingRef(3, 0));
        assertThat(f.bindings()).containsExactly("https 10.0.0.9:443:", "https 10.0.0.1:443:", "http *:443:",
                "https 10.0.0.9:443:other.example");
    }

    @Test
    void aConflictOnOneSpecificAddressNamesIt() {
        Finding f = engine.check(doc(site("Web", "http 10.0.0.5:8443:"), site("Shop", "https 10.0.0.5:8443:"))).all().get(0);

        assertThat(f.message()).startsWith("Port 8443 on 10.0.0.5 is HTTP for 'Web' and HTTPS for 'Shop':");
        assertThat(f.endpoint()).isEqualTo("10.0.0.5:8443");
    }

    @Test
    void theListenerWhoseWellKnownPortItIsStays() {
        Finding ftp = engine.check(doc(site("Files", "ftp *:21:"), site("Web", "http *:21:"))).all().get(0);
        Finding web = engine.check(doc(site("Files", "ftp *:80:"), site("Web", "http *:80:"))).all().get(0);
        assertThat(ftp.message()).contains("Q165338").endsWith("Move the HTTP binding to another port.");
        assertThat(web.message()).endsWith("Move the FTP binding to another port.");
    }

    @Test
    void portInUseNamesWhatHoldsThePort() {
        Finding f = engine.check(reserved(doc(site("A", "http *:8080:")), 8080, "WinGate")).all().get(0);
        assertThat(f.message()).contains("WinGate", "'A'", "Address already in use");
    }

    @Test
    void duplicateSiteSaysWhatIsShared() {
        Finding f = engine.check(doc(site(7, "A"), site(7, "B"))).all().get(0);
        assertThat(f.message()).contains("the id 7", "'A' and 'B'");
        assertThat(f.bindings()).isEmpty();
    }
}
