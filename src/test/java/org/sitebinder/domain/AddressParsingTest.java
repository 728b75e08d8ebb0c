package org.sitebinder.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The IP and host parts of bindingInformation, as IIS accepts them (RULES.md section 1). */
class AddressParsingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "10.0.0.5, 10.0.0.5",
            "255.255.255.255, 255.255.255.255",
            "1.2.3.4, 1.2.3.4",
            "010.000.000.005, 10.0.0.5",
            "' 192.168.1.1 ', 192.168.1.1",
            "0.0.0.0, *",
            "000.0.00.0, *",
            "*, *",
            "'', *",
            "[::], *",
            "[::1], [0:0:0:0:0:0:0:1]",
            "[FE80::1], [fe80:0:0:0:0:0:0:1]",
    })
    void validAddressesAreKeptInOneCanonicalForm(String text, String canonical) {
        IpAddress ip = IpAddress.parseBindingIp(text);
        assertThat(ip).isNotNull();
        assertThat(ip.canonical()).isEqualTo(canonical);
        assertThat(ip.isAny()).isEqualTo("*".equals(canonical));
    }

    @ParameterizedTest(name = "\"{0}\" is not an address")
    @ValueSource(strings = {"256.0.0.1", "1.2.3", "1.2.3.4.5", "1..2.3", ".1.2.3", "1.2.3.", "1.2.3.4a", "1.2.3.-4",
            "1.2.3.0004", "１.2.3.4", "1 .2.3.4", "a.b.c.d", "10.0.0.5:80", "[1::2::3]", "[::1"})
    void anythingElseIsInvalid(String text) {
        assertThat(IpAddress.parseBindingIp(text)).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" is a host name IIS accepts")
    @ValueSource(strings = {"", "www.contoso.com", "*.contoso.com", "shop-eu.example", "münchen.de", "東京.jp", "a_b.local"})
    void legalHostNames(String host) {
        assertThat(BindingAddress.isValidHost(host)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"*.", "*", "www.*.com", "a b", "a\tb", "a\u00a0b", "a\u0001b", "a\u007fb", "a\u0085b",
            "a:b", "a/b", "a\\b", "a\"b", "a[b", "a|b", "a<b", "a+b", "a=b", "a;b", "a,b", "a?b", "a$b", "a%b", "a#b",
            "a@b", "a{b", "a^b", "a`b", "a\u2028b", "a\u3000b"})
    void illegalHostNames(String host) {
        assertThat(BindingAddress.isValidHost(host)).isFalse();
    }
}
