package org.sitebinder.persistence.iis;

import java.util.List;
import org.sitebinder.domain.Site;

/**
 * The fast path of {@link ApplicationHostReader}: a well-formedness checker that works on the UTF-8
 * bytes themselves and reports elements to {@link Utf8SiteAssembler}, so a 45 MB file is never
 * decoded to characters and only the attribute values that become part of a site are turned into
 * Strings. Together they extract exactly what {@link SiteScanner} extracts from the StAX events.
 *
 * <p>It takes on only input it fully understands: anything malformed, hostile (DOCTYPE, limits) or
 * merely unusual (a non-ASCII element name, XML 1.1) is {@linkplain Declined declined}, and the
 * reader then hands the same bytes to the StAX path, which decides and words the error. So the fast
 * path can be stricter than StAX but must never accept what StAX refuses; the differential tests and
 * the fuzz test hold it to that.
 *
 * <p>Written for a JIT that has not warmed up yet: loops over the byte array with table look-ups, no
 * per-byte calls through interfaces, no per-element allocation except the values kept.
 */
final class Utf8SiteScanner {

    /** Input the fast path leaves to the StAX path. No stack trace: declining is an ordinary outcome. */
    static final class Declined extends Exception {
        private static final long serialVersionUID = 1L;
        /** True when the input is certainly not well-formed XML (StAX must refuse it too). */
        final boolean malformed;
        final int offset;

        Declined(boolean malformed, String why, int offset) {
            super(why, null, false, false);
            this.malformed = malformed;
            this.offset = offset;
        }
    }

    private static final int MAX_NAME_LENGTH = 1_000;

    // byte classes in text and attribute values: 0 plain ASCII, else something to look at
    private static final byte PLAIN = 0;
    private static final byte LT = 1;
    private static final byte AMP = 2;
    private static final byte BRACKET = 3;
    private static final byte ILLEGAL = 4;
    private static final byte HIGH = 5;
    private static final byte SPACE = 6;
    private static final byte QUOTE = 7;
    private static final byte[] TEXT = new byte[256];
    private static final byte[] VALUE = new byte[256];
    private static final boolean[] NAME_START = new boolean[256];
    private static final boolean[] NAME_CHAR = new boolean[256];

    static {
        for (int c = 0; c < 256; c++) {
            byte k = c < 0x20 ? ILLEGAL : c >= 0x80 ? HIGH : PLAIN;
            TEXT[c] = k;
            VALUE[c] = k;
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            NAME_START[c] = letter || c == '_' || c == ':';
            NAME_CHAR[c] = NAME_START[c] || c >= '0' && c <= '9' || c == '.' || c == '-';
        }
        TEXT['\t'] = PLAIN;
        TEXT['\n'] = PLAIN;
        TEXT['\r'] = PLAIN;
        TEXT['<'] = LT;
        TEXT['&'] = AMP;
        TEXT[']'] = BRACKET;
        VALUE['\t'] = SPACE;
        VALUE['\n'] = SPACE;
        VALUE['\r'] = SPACE;
        VALUE['<'] = LT;
        VALUE['&'] = AMP;
        VALUE['"'] = QUOTE;
        VALUE['\''] = QUOTE;
    }

    private final byte[] b;
    private final int n;
    private int p;

    private final int[] openStart = new int[SecureXml.MAX_DEPTH + 1];
    private final int[] openEnd = new int[SecureXml.MAX_DEPTH + 1];
    private int depth;

    private final Utf8Attributes attributes;
    private final Utf8SiteAssembler sites;

    private Utf8SiteScanner(byte[] bytes, int from, int to) {
        this.b = bytes;
        this.p = from;
        this.n = to;
        this.attributes = new Utf8Attributes(bytes);
        this.sites = new Utf8SiteAssembler(attributes);
    }

    /**
     * @param bytes UTF-8 XML, {@code [from, to)} without a byte order mark
     * @return the sites, as {@link SiteScanner} would give them
     * @throws Declined the StAX path must decide about this input
     */
    static List<Site> scan(byte[] bytes, int from, int to) throws Declined {
        return new Utf8SiteScanner(bytes, from, to).document();
    }

    private List<Site> document() throws Declined {
        if (startsWith("<?xml") && p + 5 < n && isSpace(b[p + 5])) {
            declaration();
        }
        misc();
        if (p >= n) {
            throw malformed("no root element");
        }
        if (b[p] != '<') {
            throw malformed("content before the root element");
        }
        p++;
        if (startTag()) {
            content();
        }
        misc();
        if (p < n) {
            throw malformed("content after the root element");
        }
        return sites.sites();
    }

    /** Comments, processing instructions and white space before or after the root; stops at anything else. */
    private void misc() throws Declined {
        while (p < n) {
            byte c = b[p];
            if (isSpace(c)) {
                p++;
            } else if (c == '<' && p + 1 < n && b[p + 1] == '?') {
                p += 2;
                processingInstruction();
            } else if (c == '<' && startsWith("<!--")) {
                p += 4;
                comment();
            } else if (c == '<' && startsWith("<!DOCTYPE")) {
                throw declined("DOCTYPE");
            } else {
                return;
            }
        }
    }

    /** {@code <?xml version="1.0" [encoding="UTF-8"] [standalone="yes|no"] ?>}, nothing more exotic. */
    private void declaration() throws Declined {
        p += 5;
        skipSpace();
        if (!pseudoAttribute("version") || !valueIs("1.0")) {
            throw declined("XML declaration other than version 1.0");
        }
        boolean space = skipSpace();
        if (space && startsWith("encoding")) {
            if (!pseudoAttribute("encoding") || !(valueIs("UTF-8") || valueIs("utf-8"))) {
                throw declined("encoding declaration other than UTF-8");
            }
            space = skipSpace();
        }
        if (space && startsWith("standalone")) {
            if (!pseudoAttribute("standalone") || !(valueIs("yes") || valueIs("no"))) {
                throw declined("unusual standalone declaration");
            }
            skipSpace();
        }
        if (!startsWith("?>")) {
            throw declined("unusual XML declaration");
        }
        p += 2;
    }

    private boolean pseudoAttribute(String name) {
        if (!startsWith(name)) {
            return false;
        }
        p += name.length();
        skipSpace();
        if (p >= n || b[p] != '=') {
            return false;
        }
        p++;
        skipSpace();
        return true;
    }

    /** The quoted value at p equals {@code expected}; moves past it if so. */
    private boolean valueIs(String expected) {
        if (p >= n || b[p] != '"' && b[p] != '\'') {
            return false;
        }
        byte q = b[p];
        int len = expected.length();
        if (p + len + 1 >= n || b[p + len + 1] != q) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (b[p + 1 + i] != expected.charAt(i)) {
                return false;
            }
        }
        p += len + 2;
        return true;
    }

    /** After {@code <?}: a target that is not {@code xml} in any case, then anything up to {@code ?>}. */
    private void processingInstruction() throws Declined {
        int start = p;
        int end = name();
        if (end == start) {
            throw malformed("processing instruction without a target");
        }
        for (int i = start; i < end; i++) {
            if (b[i] == ':') {
                throw declined("colon in a processing instruction target");
            }
        }
        if (end - start == 3 && (b[start] | 0x20) == 'x' && (b[start + 1] | 0x20) == 'm' && (b[start + 2] | 0x20) == 'l') {
            throw malformed("processing instruction target xml");
        }
        if (startsWith("?>")) {
            p += 2;
            return;
        }
        if (p >= n || !isSpace(b[p])) {
            throw malformed("processing instruction target not followed by space");
        }
        while (true) {
            int c = chars(p);
            if (c < 0) {
                throw malformed("processing instruction not closed");
            }
            p = c;
            if (b[p] == '?' && p + 1 < n && b[p + 1] == '>') {
                p += 2;
                return;
            }
            p++;
        }
    }

    /** After {@code <!--}: up to {@code -->}, with no {@code --} inside. */
    private void comment() throws Declined {
        while (true) {
            int c = chars(p);
            if (c < 0) {
                throw malformed("comment not closed");
            }
            p = c;
            if (b[p] == '-' && p + 1 < n && b[p + 1] == '-') {
                if (p + 2 < n && b[p + 2] == '>') {
                    p += 3;
                    return;
                }
                throw malformed("-- inside a comment");
            }
            p++;
        }
    }

    /** After {@code <![CDATA[}: up to {@code ]]>}. */
    private void cdata() throws Declined {
        while (true) {
            int c = chars(p);
            if (c < 0) {
                throw malformed("CDATA section not closed");
            }
            p = c;
            if (b[p] == ']' && p + 2 < n && b[p + 1] == ']' && b[p + 2] == '>') {
                p += 3;
                return;
            }
            p++;
        }
    }

    /**
     * Skips legal characters from {@code at} to the next ASCII markup character ({@code <>?-]&}) and
     * returns its index, or -1 at the end of the input; fails on an illegal character.
     */
    private int chars(int at) throws Declined {
        int i = at;
        while (i < n) {
            int c = b[i] & 0xFF;
            byte k = TEXT[c];
            if (k == PLAIN) {
                if (c == '?' || c == '-' || c == '>') {
                    return i;
                }
                i++;
            } else if (k == HIGH) {
                i = utf8(i);
            } else if (k == ILLEGAL) {
                p = i;
                throw malformed("character not allowed in XML");
            } else {
                return i;
            }
        }
        return -1;
    }

    /** The elements and text inside the root, until the root's end tag. */
    private void content() throws Declined {
        final byte[] b = this.b;
        final int n = this.n;
        while (true) {
            int i = p;
            while (i < n && TEXT[b[i] & 0xFF] == PLAIN) {
                i++;
            }
            p = i;
            if (i >= n) {
                throw malformed("end of input inside an element");
            }
            switch (TEXT[b[i] & 0xFF]) {
                case LT -> {
                    if (markup()) {
                        return;
                    }
                }
                case AMP -> {
                    reference();
                }
                case BRACKET -> {
                    if (i + 2 < n && b[i + 1] == ']' && b[i + 2] == '>') {
                        throw malformed("]]> in text");
                    }
                    p = i + 1;
                }
                case HIGH -> p = utf8(i);
                default -> throw malformed("character not allowed in XML");
            }
        }
    }

    /** At {@code <} in content; returns true when that closed the root element. */
    private boolean markup() throws Declined {
        int i = p + 1;
        if (i >= n) {
            throw malformed("end of input in markup");
        }
        byte c = b[i];
        if (c == '/') {
            p = i + 1;
            endTag();
            return depth == 0;
        }
        if (c == '?') {
            p = i + 1;
            processingInstruction();
        } else if (c == '!') {
            if (startsWith("<!--")) {
                p += 4;
                comment();
            } else if (startsWith("<![CDATA[")) {
                p += 9;
                cdata();
            } else {
                throw malformed("unknown markup declaration");
            }
        } else {
            p = i;
            startTag();
        }
        return false;
    }

    /** At the name after {@code <}; returns true when the element has content (not {@code />}). */
    private boolean startTag() throws Declined {
        int start = p;
        int end = name();
        if (end == start) {
            throw malformed("element without a name");
        }
        attributes.clear();
        while (true) {
            boolean space = skipSpace();
            if (p >= n) {
                throw malformed("end of input in a start tag");
            }
            byte c = b[p];
            if (c == '>') {
                p++;
                open(start, end);
                return true;
            }
            if (c == '/') {
                if (p + 1 < n && b[p + 1] == '>') {
                    p += 2;
                    open(start, end);
                    close();
                    return false;
                }
                throw malformed("/ without > in a start tag");
            }
            if (!space) {
                throw malformed("attributes not separated by white space");
            }
            attribute();
        }
    }

    private void attribute() throws Declined {
        int start = p;
        int end = name();
        if (end == start) {
            throw malformed("attribute without a name");
        }
        skipSpace();
        if (p >= n || b[p] != '=') {
            throw malformed("attribute name not followed by =");
        }
        p++;
        skipSpace();
        if (p >= n || b[p] != '"' && b[p] != '\'') {
            throw malformed("attribute value not quoted");
        }
        byte quote = b[p];
        int i = ++p;
        int flags = 0;
        final byte[] b = this.b;
        final int n = this.n;
        while (true) {
            while (i < n && VALUE[b[i] & 0xFF] == PLAIN) {
                i++;
            }
            if (i >= n) {
                p = i;
                throw malformed("end of input in an attribute value");
            }
            byte c = b[i];
            switch (VALUE[c & 0xFF]) {
                case QUOTE -> {
                    if (c == quote) {
                        if (!attributes.add(start, end, p, i, flags)) {
                            p = i;
                            throw malformed("attribute specified twice");
                        }
                        p = i + 1;
                        return;
                    }
                    i++;
                }
                case SPACE -> {
                    flags |= Utf8Attributes.NEEDS_DECODING;
                    i++;
                }
                case AMP -> {
                    flags |= Utf8Attributes.NEEDS_DECODING;
                    int value = p;
                    p = i;
                    reference();
                    i = p;
                    p = value;
                }
                case HIGH -> {
                    flags |= Utf8Attributes.NON_ASCII;
                    int value = p;
                    i = utf8(i);
                    p = value;
                }
                case LT -> {
                    p = i;
                    throw malformed("< in an attribute value");
                }
                default -> {
                    p = i;
                    throw malformed("character not allowed in XML");
                }
            }
        }
    }

    /** After {@code </}: the name of the open element, white space, {@code >}. */
    private void endTag() throws Declined {
        int start = p;
        int end = name();
        int top = depth - 1;
        if (!sameBytes(openStart[top], openEnd[top], start, end)) {
            throw malformed("end tag does not match the start tag");
        }
        skipSpace();
        if (p >= n || b[p] != '>') {
            throw malformed("end tag not closed by >");
        }
        p++;
        close();
    }

    /**
     * An ASCII name at p, at most one colon and a letter or '_' after it (StAX checks attribute
     * names as QNames even without namespaces); anything else is declined. Returns its end, p moved there.
     */
    private int name() throws Declined {
        int start = p;
        if (p >= n || !NAME_START[b[p] & 0xFF]) {
            if (p < n && (b[p] & 0x80) != 0) {
                throw declined("non-ASCII name");
            }
            return start;
        }
        int colons = 0;
        boolean localStartsBadly = false;
        int i = p;
        while (i < n && NAME_CHAR[b[i] & 0xFF]) {
            if (b[i] == ':') {
                colons++;
                // after the colon a local name starts: a letter or '_' (xmlns:1dt is no QName to StAX)
                localStartsBadly |= i + 1 < n && (!NAME_START[b[i + 1] & 0xFF] || b[i + 1] == ':');
            }
            i++;
        }
        if (i < n && (b[i] & 0x80) != 0 || colons > 1 || localStartsBadly || b[i - 1] == ':'
                || i - start >= MAX_NAME_LENGTH) {
            throw declined("unusual name");
        }
        p = i;
        return i;
    }

    /**
     * At {@code &}: one of the five predefined entities or a character reference to a legal
     * character; moves past it. Anything else is declined
     * (an undeclared entity is an error StAX words).
     */
    private void reference() throws Declined {
        int i = p + 1;
        if (i < n && b[i] == '#') {
            i++;
            int radix = 10;
            if (i < n && b[i] == 'x') {
                radix = 16;
                i++;
            }
            int digits = i;
            long value = 0;
            while (i < n && b[i] != ';') {
                int d = Character.digit(b[i], radix);
                if (d < 0 || b[i] < 0) {
                    throw malformed("bad character reference");
                }
                value = Math.min(value * radix + d, Integer.MAX_VALUE);
                i++;
            }
            if (i >= n || i == digits || !legal(value)) {
                throw malformed("bad character reference");
            }
            p = i + 1;
            return;
        }
        char c = predefined(i);
        if (c == 0) {
            throw declined("entity other than the predefined five");
        }
        while (b[i] != ';') {
            i++;
        }
        p = i + 1;
    }

    private char predefined(int i) {
        if (matches(i, "lt;")) {
            return '<';
        }
        if (matches(i, "gt;")) {
            return '>';
        }
        if (matches(i, "amp;")) {
            return '&';
        }
        if (matches(i, "quot;")) {
            return '"';
        }
        return matches(i, "apos;") ? '\'' : 0;
    }

    private static boolean legal(long c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    /**
     * At a byte of 0x80 or above: one well-formed UTF-8 sequence (what Java's strict decoder takes:
     * shortest form, no surrogates, at most U+10FFFF) for a legal XML character. Returns the index after it.
     */
    private int utf8(int i) throws Declined {
        int c = b[i] & 0xFF;
        int cp;
        int len;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            p = i;
            throw malformed("bytes that are not valid UTF-8");
        }
        if (i + len > n) {
            p = i;
            throw malformed("bytes that are not valid UTF-8");
        }
        for (int k = 1; k < len; k++) {
            int d = b[i + k] & 0xFF;
            if ((d & 0xC0) != 0x80) {
                p = i;
                throw malformed("bytes that are not valid UTF-8");
            }
            cp = cp << 6 | d & 0x3F;
        }
        if (len == 3 && (cp < 0x800 || cp >= 0xD800 && cp <= 0xDFFF || cp == 0xFFFE || cp == 0xFFFF)
                || len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) {
            p = i;
            throw malformed("bytes that are not valid UTF-8 or not an XML character");
        }
        return i + len;
    }

    private void open(int start, int end) throws Declined {
        if (depth == SecureXml.MAX_DEPTH) {
            throw declined("nested too deep");
        }
        openStart[depth] = start;
        openEnd[depth] = end;
        depth++;
        sites.open(depth, kind(start, end - start));
    }

    private void close() {
        sites.close(depth);
        depth--;
    }

    private int kind(int s, int len) {
        return switch (len) {
            case 4 -> matches(s, "site") ? Utf8SiteAssembler.SITE : Utf8SiteAssembler.OTHER;
            case 5 -> matches(s, "sites") ? Utf8SiteAssembler.SITES : Utf8SiteAssembler.OTHER;
            case 7 -> matches(s, "binding") ? Utf8SiteAssembler.BINDING : Utf8SiteAssembler.OTHER;
            case 8 -> matches(s, "bindings") ? Utf8SiteAssembler.BINDINGS : Utf8SiteAssembler.OTHER;
            case 11 -> matches(s, "application") ? Utf8SiteAssembler.APPLICATION : Utf8SiteAssembler.OTHER;
            case 16 -> matches(s, "virtualDirectory") ? Utf8SiteAssembler.VIRTUAL_DIRECTORY : Utf8SiteAssembler.OTHER;
            case 19 -> matches(s, "applicationDefaults") ? Utf8SiteAssembler.APPLICATION_DEFAULTS : Utf8SiteAssembler.OTHER;
            default -> Utf8SiteAssembler.OTHER;
        };
    }

    private boolean skipSpace() {
        int start = p;
        while (p < n && isSpace(b[p])) {
            p++;
        }
        return p > start;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private boolean startsWith(String s) {
        return matches(p, s);
    }

    private boolean matches(int at, String s) {
        int len = s.length();
        if (at + len > n) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (b[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameBytes(int s1, int e1, int s2, int e2) {
        return java.util.Arrays.equals(b, s1, e1, b, s2, e2);
    }

    private Declined malformed(String why) {
        return new Declined(true, why, p);
    }

    private Declined declined(String why) {
        return new Declined(false, why, p);
    }
}
