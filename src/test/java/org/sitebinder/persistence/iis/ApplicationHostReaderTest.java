package org.sitebinder.persistence.iis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.BindingAddress;
import org.sitebinder.domain.Site;
import org.sitebinder.persistence.DocumentFormatException;

class ApplicationHostReaderTest {

    private static final Path FILE = Path.of("applicationHost.config");

    private final ApplicationHostReader reader = new ApplicationHostReader();

    @Test
    void fullConfigurationGivesNameIdPoolPathAndBindings() throws Exception {
        List<Site> sites = sites("""
                <?xml version="1.0" encoding="UTF-8"?>
                <configuration>
                  <system.applicationHost>
                    <sites>
                      <site name="Shop" id="3" serverAutoStart="false">
                        <application path="/api" applicationPool="ApiPool">
                          <virtualDirectory path="/" physicalPath="D:\\api" />
                        </application>
                        <application path="/" applicationPool="ShopPool">
                          <virtualDirectory path="/img" physicalPath="D:\\img" />
                          <virtualDirectory path="/" physicalPath="D:\\shop" />
                        </application>
                        <bindings>
                          <binding protocol="http" bindingInformation="*:80:shop.example" />
                          <binding protocol="https" bindingInformation="10.0.0.5:443:shop.example" sslFlags="1" />
                        </bindings>
                      </site>
                    </sites>
                  </system.applicationHost>
                </configuration>
                """);

        assertThat(sites).hasSize(1);
        Site shop = sites.get(0);
        assertThat(shop.name()).isEqualTo("Shop");
        assertThat(shop.id()).isEqualTo(3L);
        assertThat(shop.autoStart()).isFalse();
        assertThat(shop.started()).isTrue();
        assertThat(shop.applicationPool()).isEqualTo("ShopPool");
        assertThat(shop.physicalPath()).isEqualTo("D:\\shop");
        assertThat(shop.bindings()).containsExactly(
                Binding.of("http", "*:80:shop.example"), new Binding("https", "10.0.0.5:443:shop.example", 1));
        assertThat(shop.bindings().get(1).sni()).isTrue();
    }

    @Test
    void siteElementAsTheRootIsASite() throws Exception {
        List<Site> sites = sites("""
                <site name="Lone" id="7"><bindings><binding protocol="http" bindingInformation="*:8080:" /></bindings></site>
                """);

        assertThat(sites).extracting(Site::name).containsExactly("Lone");
        assertThat(sites.get(0).bindings()).extracting(Binding::display).containsExactly("http *:8080:");
    }

    @Test
    void sitesFragmentRootAndLocationWrappedSitesAreRead() throws Exception {
        assertThat(sites("""
                <sites>
                  <site name="A" id="1" />
                  <site name="B" id="2" />
                  <applicationDefaults applicationPool="Pool1" />
                </sites>
                """)).extracting(Site::name, Site::applicationPool).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A", "Pool1"), org.assertj.core.groups.Tuple.tuple("B", "Pool1"));

        assertThat(sites("""
                <configuration>
                  <location path="." inheritInChildApplications="false">
                    <system.applicationHost>
                      <sites><site name="InLocation" id="4" /></sites>
                    </system.applicationHost>
                  </location>
                </configuration>
                """)).extracting(Site::name).containsExactly("InLocation");
    }

    @Test
    void rootApplicationPoolWinsOverApplicationDefaults() throws Exception {
        List<Site> sites = sites("""
                <sites>
                  <applicationDefaults applicationPool="Fallback" />
                  <site name="Own" id="1"><application path="/" applicationPool="OwnPool" /></site>
                  <site name="SiteDefault" id="2"><applicationDefaults applicationPool="SitePool" /><application path="/" /></site>
                  <site name="Inherits" id="3"><application path="/" /></site>
                </sites>
                """);

        assertThat(sites).extracting(Site::applicationPool).containsExactly("OwnPool", "SitePool", "Fallback");
    }

    @Test
    void siteWithoutApplicationOrDefaultsHasEmptyPoolAndPath() throws Exception {
        Site site = sites("<site name=\"Bare\" id=\"1\" />").get(0);

        assertThat(site.applicationPool()).isEmpty();
        assertThat(site.physicalPath()).isEmpty();
        assertThat(site.bindings()).isEmpty();
        assertThat(site.autoStart()).isTrue();
    }

    @Test
    void xdtTransformAttributesDoNotHideSitesAndAreKept() throws Exception {
        List<Site> sites = sites("""
                <configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
                  <system.applicationHost>
                    <sites>
                      <site name="Scm" id="9" xdt:Transform="Insert" xdt:Locator="Match(name)">
                        <bindings>
                          <binding protocol="https" bindingInformation="*:443:scm.example" sslFlags="1" xdt:Transform="Insert" />
                        </bindings>
                      </site>
                    </sites>
                  </system.applicationHost>
                </configuration>
                """);

        Site site = sites.get(0);
        assertThat(site.name()).isEqualTo("Scm");
        assertThat(site.extras().fields()).containsEntry("xdt:Transform", "Insert").containsEntry("xdt:Locator", "Match(name)");
        assertThat(site.bindings().get(0).extras().fields()).containsEntry("xdt:Transform", "Insert");
        assertThat(site.bindings().get(0).sslFlags()).isEqualTo(1);
    }

    @Test
    void undeclaredXdtPrefixInACutOutFragmentIsNotAnError() throws Exception {
        List<Site> sites = sites("<sites><site name=\"Cut\" id=\"1\" xdt:Transform=\"Replace\" /></sites>");

        assertThat(sites).extracting(Site::name).containsExactly("Cut");
    }

    @Test
    void commentedOutBindingIsNotABinding() throws Exception {
        Site site = sites("""
                <site name="Dev" id="1">
                  <bindings>
                    <binding protocol="http" bindingInformation="*:16280:localhost" />
                    <!-- <binding protocol="http" bindingInformation="*:16280:dev.example" /> -->
                  </bindings>
                </site>
                """).get(0);

        assertThat(site.bindings()).extracting(Binding::bindingInformation).containsExactly("*:16280:localhost");
    }

    @Test
    void bindingsBeforeTheApplicationAreRead() throws Exception {
        Site site = sites("""
                <site name="Early" id="1">
                  <bindings><binding protocol="http" bindingInformation="*:81:" /></bindings>
                  <application path="/" applicationPool="P"><virtualDirectory path="/" physicalPath="C:\\early" /></application>
                </site>
                """).get(0);

        assertThat(site.bindings()).extracting(Binding::display).containsExactly("http *:81:");
        assertThat(site.applicationPool()).isEqualTo("P");
        assertThat(site.physicalPath()).isEqualTo("C:\\early");
    }

    @Test
    void namelessSitesAreNamedByIdOrElseByPosition() throws Exception {
        List<Site> sites = sites("""
                <sites>
                  <site name="First" id="1" />
                  <site id="12" />
                  <site />
                  <site name="" />
                </sites>
                """);

        assertThat(sites).extracting(Site::name).containsExactly("First", "(site 12)", "(site 3)", "(site 4)");
        assertThat(sites.get(2).id()).isNull();
    }

    @Test
    void nonAsciiNamesPathsAndHostsSurvive() throws Exception {
        Site site = sites("""
                <?xml version="1.0" encoding="UTF-8"?>
                <site name="Café Zürich" id="1">
                  <application path="/" applicationPool="Pool é"><virtualDirectory path="/" physicalPath="D:\\Sites\\Café\\日本語" /></application>
                  <bindings><binding protocol="http" bindingInformation="*:80:bücher.example" /></bindings>
                </site>
                """).get(0);

        assertThat(site.name()).isEqualTo("Café Zürich");
        assertThat(site.physicalPath()).isEqualTo("D:\\Sites\\Café\\日本語");
        assertThat(site.applicationPool()).isEqualTo("Pool é");
        assertThat(site.bindings().get(0).address().host()).isEqualTo("bücher.example");
        assertThat(site.bindings().get(0).address().hostValid()).isTrue();
    }

    @Test
    void utf16FileWithBomIsRead() throws Exception {
        byte[] xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><site name=\"Wide\" id=\"1\" />"
                .getBytes(StandardCharsets.UTF_16LE);

        assertThat(reader.read(new ByteArrayInputStream(xml), FILE, "WEB01").sites())
                .extracting(Site::name).containsExactly("Wide");
    }

    @Test
    void unknownProtocolAndOddBindingInformationAreKeptVerbatim() throws Exception {
        Site site = sites("""
                <site name="Odd" id="1"><bindings>
                  <binding protocol="gopher" bindingInformation="anything: at all" />
                  <binding protocol="http" bindingInformation="not a binding" />
                </bindings></site>
                """).get(0);

        assertThat(site.bindings()).extracting(Binding::display).containsExactly("gopher anything: at all", "http not a binding");
        assertThat(site.bindings().get(0).address().kind()).isEqualTo(BindingAddress.Kind.OPAQUE);
        assertThat(site.bindings().get(1).address().portValid()).isFalse();
    }

    @Test
    void sslFlagsKeepEveryBit() throws Exception {
        Site site = sites("""
                <site name="Tls" id="1"><bindings>
                  <binding protocol="https" bindingInformation="*:443:a.example" sslFlags="97" />
                  <binding protocol="https" bindingInformation="*:443:b.example" sslFlags="125" />
                  <binding protocol="https" bindingInformation="*:443:c.example" sslFlags="Sni, CentralCertStore" />
                </bindings></site>
                """).get(0);

        assertThat(site.bindings()).extracting(Binding::sslFlags).containsExactly(97, 125, 3);
        assertThat(site.bindings().get(0).sni()).isTrue();
        assertThat(site.bindings().get(0).sslFlags() & Binding.SSL_DISABLE_LEGACY_TLS).isNotZero();
        assertThat(site.bindings().get(0).sslFlags() & Binding.SSL_DISABLE_TLS13_OVER_TCP).isNotZero();
    }

    @Test
    void unreadableSslFlagsAndUnknownAttributesGoToExtrasNotToAnError() throws Exception {
        Binding binding = sites("""
                <site name="X" id="1"><bindings>
                  <binding protocol="https" bindingInformation="*:443:x.example" sslFlags="Turbo" certificateHash="ab12" />
                </bindings></site>
                """).get(0).bindings().get(0);

        assertThat(binding.sslFlags()).isZero();
        assertThat(binding.extras().fields()).containsEntry("sslFlags", "Turbo").containsEntry("certificateHash", "ab12");
    }

    @Test
    void unknownSiteIdTextIsKeptAndTheSiteIsNamed() throws Exception {
        Site site = sites("<site name=\"N\" id=\"seven\" />").get(0);

        assertThat(site.id()).isNull();
        assertThat(site.extras().fields()).containsEntry("id", "seven");
    }

    @Test
    void wellFormedFileWithoutSitesIsAnEmptyDocument() throws Exception {
        assertThat(sites("<httpCompression><scheme name=\"gzip\" /></httpCompression>")).isEmpty();
    }

    @Test
    void serverNameIsTheCallers() throws Exception {
        assertThat(reader.read(in("<site name=\"a\" />"), FILE, "WEB07").serverName()).isEqualTo("WEB07");
    }

    @Test
    void notWellFormedGivesFileLineAndColumn() {
        assertThatThrownBy(() -> sites("<configuration>\n  <sites>\n    <site name=\"a\">\n  </sites>\n</configuration>"))
                .isInstanceOfSatisfying(DocumentFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(FILE);
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.column()).isPositive();
                    assertThat(e.getMessage()).startsWith("applicationHost.config:4:").contains("not well-formed");
                });
    }

    @Test
    void bytesInvalidInTheEncodingGiveTheirLineAndColumnAndNothingOnStderr() {
        byte[] xml = "<site name=\"a\">\n  <x a='\u00ff'/>\n</site>".getBytes(StandardCharsets.ISO_8859_1);
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(xml), FILE, "WEB01"))
                    .isInstanceOf(DocumentFormatException.class)
                    .hasMessage("applicationHost.config:2:9: not well-formed: bytes that are not valid UTF-8");
        } finally {
            System.setErr(stderr);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void declaredSingleByteEncodingIsHonoured() throws Exception {
        byte[] xml = "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<site name=\"Caf\u00e9\" />"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(reader.read(new ByteArrayInputStream(xml), FILE, "WEB01").sites())
                .extracting(Site::name).containsExactly("Café");
    }

    @Test
    void unknownDeclaredEncodingIsNamed() {
        assertThatThrownBy(() -> sites("<?xml version=\"1.0\" encoding=\"klingon-8\"?><site />"))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessage("applicationHost.config:1:31: unsupported encoding 'klingon-8'");
    }

    @Test
    void tinyDocumentIsReadOnBothPaths() throws Exception {
        byte[] xml = "<h/>".getBytes(StandardCharsets.UTF_8);

        assertThat(reader.readWithStax(new ByteArrayInputStream(xml), FILE, "WEB01").sites()).isEmpty();
        assertThat(reader.read(new ByteArrayInputStream(xml), FILE, "WEB01").sites()).isEmpty();
    }

    @Test
    void bytesInMemoryReadAsTheStreamDoes() throws Exception {
        byte[] xml = "<sites><site name=\"A\" id=\"1\"><bindings><binding protocol=\"http\" bindingInformation=\"*:80:a\"/></bindings></site></sites>"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(reader.read(xml, FILE, "WEB01")).isEqualTo(reader.read(new ByteArrayInputStream(xml), FILE, "WEB01"));
        assertThat(reader.read(xml, FILE, "WEB01").sites().get(0).bindings()).extracting(Binding::display).containsExactly("http *:80:a");
    }

    @Test
    void emptyInputIsNotWellFormed() {
        assertThatThrownBy(() -> sites(""))
                .isInstanceOf(DocumentFormatException.class).hasMessageContaining("not well-formed");
    }

    private List<Site> sites(String xml) throws Exception {
        return reader.read(in(xml), FILE, "WEB01").sites();
    }

    private static ByteArrayInputStream in(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
