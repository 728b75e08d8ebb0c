package org.sitebinder.persistence.iis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.Extras;
import org.sitebinder.domain.Site;

/**
 * The fast path of {@link ApplicationHostReader}: a well-formedness checker and site extractor that
 * works on the UTF-8 bytes themselves, so a 45 MB file is never decoded to characters and only the
 * attribute values that become part of a site are turned into Strings. It extracts exactly what
 * {@link SiteScanner} extracts from the StAX events.
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

    // element kinds, found from the name bytes
    private static final int OTHER = 0;
    private static final int SITE = 1;
    private static final int SITES = 2;
    private static final int APPLICATION_DEFAULTS = 3;
    private static final int BINDINGS = 4;
    private static final int APPLICATION = 5;
    private static final int BINDING = 6;
    private static final int VIRTUAL_DIRECTORY = 7;

    // attribute value flags
    private static final int NON_ASCII = 1;
    private static final int NEEDS_DECODING = 2;

    private final byte[] b;
    private final int n;
    private int p;

    private final int[] openStart = new int[SecureXml.MAX_DEPTH + 1];
    private final int[] openEnd = new int[SecureXml.MAX_DEPTH + 1];
    private int depth;

    private int attributes;
    private int[] nameStart = new int[16];
    private int[] nameEnd = new int[16];
    private int[] nameHash = new int[16];
    private int[] valueStart = new int[16];
    private int[] valueEnd = new int[16];
    private int[] valueFlags = new int[16];

    private final SlicePool pool = new SlicePool();
    private final StringPool strings = new StringPool();
    private final List<SiteDraft> drafts = new ArrayList<>();
    private final List<int[]> scopes = new ArrayList<>();
    private final List<String> scopePools = new ArrayList<>();
    private SiteDraft site;
    private int siteDepth;
    private int bindingsDepth = -1;
    private int rootAppDepth = -1;
    private boolean rootAppSeen;

    private Utf8SiteScanner(byte[] bytes, int from, int to) {
        this.b = bytes;
        this.p = from;
        this.n = to;
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
        List<Site> sites = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            sites.add(drafts.get(i).build(i + 1));
        }
        return sites;
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
                    reference(null);
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
        attributes = 0;
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
                        addAttribute(start, end, p, i, flags);
                        p = i + 1;
                        return;
                    }
                    i++;
                }
                case SPACE -> {
                    flags |= NEEDS_DECODING;
                    i++;
                }
                case AMP -> {
                    flags |= NEEDS_DECODING;
                    int value = p;
                    p = i;
                    reference(null);
                    i = p;
                    p = value;
                }
                case HIGH -> {
                    flags |= NON_ASCII;
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

    private void addAttribute(int start, int end, int from, int to, int flags) throws Declined {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + b[i];
        }
        for (int a = 0; a < attributes; a++) {
            if (nameHash[a] == hash && sameBytes(nameStart[a], nameEnd[a], start, end)) {
                p = to;
                throw malformed("attribute specified twice");
            }
        }
        if (attributes == SecureXml.MAX_ATTRIBUTES) {
            throw declined("too many attributes");
        }
        if (attributes == nameStart.length) {
            int size = attributes * 2;
            nameStart = java.util.Arrays.copyOf(nameStart, size);
            nameEnd = java.util.Arrays.copyOf(nameEnd, size);
            nameHash = java.util.Arrays.copyOf(nameHash, size);
            valueStart = java.util.Arrays.copyOf(valueStart, size);
            valueEnd = java.util.Arrays.copyOf(valueEnd, size);
            valueFlags = java.util.Arrays.copyOf(valueFlags, size);
        }
        nameStart[attributes] = start;
        nameEnd[attributes] = end;
        nameHash[attributes] = hash;
        valueStart[attributes] = from;
        valueEnd[attributes] = to;
        valueFlags[attributes] = flags;
        attributes++;
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
     * character; appends what it stands for when {@code out} is given. Anything else is declined
     * (an undeclared entity is an error StAX words).
     */
    private void reference(StringBuilder out) throws Declined {
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
            if (out != null) {
                out.appendCodePoint((int) value);
            }
            p = i + 1;
            return;
        }
        char c = predefined(i);
        if (c == 0) {
            throw declined("entity other than the predefined five");
        }
        if (out != null) {
            out.append(c);
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
        int kind = kind(start, end - start);
        if (site == null) {
            outsideSite(kind);
        } else if (depth == siteDepth + 1) {
            siteChild(kind);
        } else if (depth == siteDepth + 2) {
            siteGrandchild(kind);
        }
    }

    private void close() {
        if (site != null) {
            if (depth == siteDepth) {
                drafts.add(site);
                site = null;
            } else if (depth == bindingsDepth) {
                bindingsDepth = -1;
            } else if (depth == rootAppDepth) {
                rootAppDepth = -1;
            }
        } else if (!scopes.isEmpty() && scopes.get(scopes.size() - 1)[0] == depth) {
            int firstSite = scopes.remove(scopes.size() - 1)[1];
            String pool = scopePools.remove(scopePools.size() - 1);
            for (int i = firstSite; i < drafts.size(); i++) {
                drafts.get(i).inheritPool(pool);
            }
        }
        depth--;
    }

    private int kind(int s, int len) {
        return switch (len) {
            case 4 -> matches(s, "site") ? SITE : OTHER;
            case 5 -> matches(s, "sites") ? SITES : OTHER;
            case 7 -> matches(s, "binding") ? BINDING : OTHER;
            case 8 -> matches(s, "bindings") ? BINDINGS : OTHER;
            case 11 -> matches(s, "application") ? APPLICATION : OTHER;
            case 16 -> matches(s, "virtualDirectory") ? VIRTUAL_DIRECTORY : OTHER;
            case 19 -> matches(s, "applicationDefaults") ? APPLICATION_DEFAULTS : OTHER;
            default -> OTHER;
        };
    }

    private void outsideSite(int kind) throws Declined {
        if (kind == SITE) {
            startSite();
        } else if (kind == SITES) {
            scopes.add(new int[] {depth, drafts.size()});
            scopePools.add(null);
        } else if (kind == APPLICATION_DEFAULTS && !scopes.isEmpty() && scopes.get(scopes.size() - 1)[0] == depth - 1) {
            int a = find("applicationPool");
            if (a >= 0) {
                scopePools.set(scopePools.size() - 1, pooled(a));
            }
        }
    }

    private void startSite() throws Declined {
        site = new SiteDraft();
        siteDepth = depth;
        bindingsDepth = -1;
        rootAppDepth = -1;
        rootAppSeen = false;
        for (int a = 0; a < attributes; a++) {
            int s = nameStart[a];
            int len = nameEnd[a] - s;
            long number = plainNumber(a, 18);
            if (len == 2 && number >= 0 && matches(s, "id")) {
                // the usual id="42", read without a String; anything else the way SiteScanner reads it
                site.id = number;
                continue;
            }
            String value = value(a);
            if (len == 4 && matches(s, "name")) {
                site.name = value;
            } else if (len == 2 && matches(s, "id")) {
                site.id = SiteScanner.parseId(value);
                if (site.id == null) {
                    site.extra(attributeName(a), value);
                }
            } else if (len == 15 && matches(s, "serverAutoStart")) {
                site.autoStart = !"false".equalsIgnoreCase(value.trim());
            } else {
                site.extra(attributeName(a), value);
            }
        }
    }

    private void siteChild(int kind) throws Declined {
        if (kind == BINDINGS) {
            bindingsDepth = depth;
        } else if (kind == APPLICATION) {
            if (!rootAppSeen && isSlash(find("path"))) {
                rootAppSeen = true;
                rootAppDepth = depth;
                int a = find("applicationPool");
                if (a >= 0) {
                    site.rootPool = pooled(a);
                }
            }
        } else if (kind == APPLICATION_DEFAULTS) {
            int a = find("applicationPool");
            if (a >= 0) {
                site.siteDefaultPool = pooled(a);
            }
        }
    }

    private void siteGrandchild(int kind) throws Declined {
        if (bindingsDepth == depth - 1 && kind == BINDING) {
            site.bindings.add(binding());
        } else if (rootAppDepth == depth - 1 && site.physicalPath == null && kind == VIRTUAL_DIRECTORY
                && isSlash(find("path"))) {
            int a = find("physicalPath");
            site.physicalPath = a < 0 ? "" : value(a);
        }
    }

    private Binding binding() throws Declined {
        String protocol = "";
        String information = "";
        int flags = 0;
        Map<String, Object> extras = null;
        for (int a = 0; a < attributes; a++) {
            int s = nameStart[a];
            int len = nameEnd[a] - s;
            if (len == 8 && matches(s, "protocol")) {
                protocol = pooled(a);
            } else if (len == 18 && matches(s, "bindingInformation")) {
                information = value(a);
            } else if (len == 8 && matches(s, "sslFlags") && plainNumber(a, 9) >= 0) {
                flags = (int) plainNumber(a, 9);
            } else if (len == 8 && matches(s, "sslFlags")) {
                String value = value(a);
                flags = SslFlags.parse(value);
                if (flags == SslFlags.UNPARSEABLE) {
                    flags = 0;
                    extras = put(extras, attributeName(a), value);
                }
            } else {
                extras = put(extras, attributeName(a), value(a));
            }
        }
        return new Binding(protocol, information, flags, null, extras == null ? Extras.NONE : Extras.of(extras));
    }

    private static Map<String, Object> put(Map<String, Object> extras, String key, String value) {
        Map<String, Object> map = extras == null ? new LinkedHashMap<>() : extras;
        map.putIfAbsent(key, value);
        return map;
    }

    /**
     * Attribute a as a number when it is nothing but 1 to {@code maxDigits} ASCII digits (no blanks,
     * no references), else -1. Short enough that it agrees with {@link SiteScanner#parseId} and
     * {@link SslFlags#parse} on it.
     */
    private long plainNumber(int a, int maxDigits) {
        int from = valueStart[a];
        int to = valueEnd[a];
        if (valueFlags[a] != 0 || to == from || to - from > maxDigits) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** The first attribute of the current element with that name, or -1. */
    private int find(String wanted) {
        int len = wanted.length();
        for (int a = 0; a < attributes; a++) {
            if (nameEnd[a] - nameStart[a] == len && matches(nameStart[a], wanted)) {
                return a;
            }
        }
        return -1;
    }

    /** Whether attribute a (or -1 for none) has the value "/"; reads it as StAX's path would, limit included. */
    private boolean isSlash(int a) throws Declined {
        if (a < 0) {
            return false;
        }
        if (valueFlags[a] == 0) {
            return valueEnd[a] - valueStart[a] == 1 && b[valueStart[a]] == '/';
        }
        return "/".equals(value(a));
    }

    private String attributeName(int a) {
        return pool.of(b, nameStart[a], nameEnd[a]);
    }

    /** A value repeated across the file (protocol, pool): one String per distinct value. */
    private String pooled(int a) throws Declined {
        if (valueFlags[a] == 0 && valueEnd[a] - valueStart[a] <= 256) {
            return pool.of(b, valueStart[a], valueEnd[a]);
        }
        return strings.of(value(a));
    }

    private String value(int a) throws Declined {
        int from = valueStart[a];
        int to = valueEnd[a];
        int flags = valueFlags[a];
        String value;
        if (flags == 0) {
            value = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        } else if (flags == NON_ASCII) {
            value = new String(b, from, to - from, StandardCharsets.UTF_8);
        } else {
            value = decode(from, to);
        }
        if (value.length() > SiteScanner.MAX_VALUE_LENGTH) {
            throw declined("attribute value too long");
        }
        return value;
    }

    /** Attribute-value normalisation: references resolved, each tab, line feed, CR LF or CR one space. */
    private String decode(int from, int to) throws Declined {
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        int saved = p;
        while (i < to) {
            byte c = b[i];
            if (c == '&') {
                p = i;
                reference(out);
                i = p;
            } else if (c == '\r') {
                out.append(' ');
                i += i + 1 < to && b[i + 1] == '\n' ? 2 : 1;
            } else if (c == '\t' || c == '\n') {
                out.append(' ');
                i++;
            } else if (c >= 0) {
                out.append((char) c);
                i++;
            } else {
                int end = utf8(i);
                out.append(new String(b, i, end - i, StandardCharsets.UTF_8));
                i = end;
            }
        }
        p = saved;
        return out.toString();
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
