package org.sitebinder.persistence.iis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SiteState;
import org.sitebinder.persistence.DocumentFormatException;

class ApplicationHostReaderCorpusTest {

    private final ApplicationHostReader reader = new ApplicationHostReader();

    static Stream<Arguments> wellFormedFiles() {
        Path folder = Corpus.folder("applicationhost");
        return Corpus.index(folder).stream()
                .filter(row -> !row[0].contains("MALFORMED"))
                .map(row -> Arguments.of(row[0], Integer.parseInt(row[4]), Integer.parseInt(row[5])));
    }

    @Test
    void theIndexListsEveryFileOfTheCorpus() {
        Path folder = Corpus.folder("applicationhost");
        List<String> indexed = Corpus.index(folder).stream().map(row -> row[0]).sorted().toList();
        assertThat(Corpus.files(folder)).isEqualTo(indexed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wellFormedFiles")
    void readsAsManySitesAndBindingsAsTheIndexSays(String name, int sites, int bindings) throws Exception {
        ServerDocument doc = read(name);

        assertThat(doc.sites()).hasSize(sites);
        assertThat(doc.sites().stream().mapToInt(s -> s.bindings().size()).sum()).isEqualTo(bindings);
        assertThat(doc.sslRecordsKnown()).isFalse();
        assertThat(doc.sites()).allMatch(s -> s.state() == SiteState.STARTED);
        assertThat(doc.sites()).allMatch(s -> !s.name().isEmpty());
    }

    @Test
    void malformedFileNamesItsLineAndColumn() {
        Path file = Corpus.folder("applicationhost").resolve("07-nttlong-jd-apps-MALFORMED.config");

        DocumentFormatException e = catchThrowableOfType(DocumentFormatException.class, () -> read(file));

        assertThat(e.line()).isEqualTo(28);
        assertThat(e.column()).isPositive();
        assertThat(e.getMessage()).startsWith(file + ":28:" + e.column() + ": not well-formed: ").doesNotContain("\n");
    }

    @Test
    void siteFragmentKeepsItsNonHttpBindingsVerbatim() throws Exception {
        Site site = read("08-gustavoesteves-docs-in-general-site-fragment.config").sites().get(0);

        assertThat(site.name()).isEqualTo("Default Web Site");
        assertThat(site.id()).isEqualTo(1L);
        assertThat(site.physicalPath()).isEqualTo("%SystemDrive%\\inetpub\\wwwroot");
        assertThat(site.bindings()).extracting(Binding::protocol)
                .containsExactly("http", "net.tcp", "net.msmq", "msmq.formatname", "net.pipe");
        assertThat(site.bindings().get(1).bindingInformation()).isEqualTo("808:*");
    }

    @Test
    void systemApplicationHostRootTakesThePoolFromApplicationDefaultsAfterTheSites() throws Exception {
        Site site = read("19-Muath4-Squares-root-system.applicationHost.config").sites().get(0);

        assertThat(site.name()).isEqualTo("Default Web Site");
        assertThat(site.id()).isEqualTo(2L);
        assertThat(site.applicationPool()).isEqualTo("DefaultAppPool");
        assertThat(site.physicalPath()).isEqualTo("C:\\Users\\Abogb\\Desktop\\My websites\\trabee3");
        assertThat(site.bindings()).containsExactly(Binding.of("http", "*:81:"));
    }

    @Test
    void serverAutoStartFalseIsKeptAndTheSiteStillCountsAsStarted() throws Exception {
        List<Site> sites = read("24-truonghx147-Test-pool-case-mismatch.config").sites();

        assertThat(sites).extracting(Site::autoStart).containsExactly(false, true);
        assertThat(sites).allMatch(Site::started);
    }

    @Test
    void httpsBindingWithSslFlagsZeroIsRead() throws Exception {
        Site site = read("23-mattgillard-iis-reverse-proxy-http-https-443.config").sites().get(0);

        assertThat(site.bindings()).extracting(Binding::display).containsExactly("http *:80:", "https *:443:");
        assertThat(site.bindings().get(1).sslFlags()).isZero();
    }

    private ServerDocument read(String name) throws Exception {
        return read(Corpus.folder("applicationhost").resolve(name));
    }

    private ServerDocument read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in, file, "WEB01");
        }
    }
}
