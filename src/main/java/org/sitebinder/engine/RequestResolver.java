package org.sitebinder.engine;

import org.sitebinder.domain.IpAddress;
import org.sitebinder.domain.ServerDocument;

/** Which site answers a request (RULES.md section 5). */
public final class RequestResolver {

    /**
     * @param scheme  {@code http} or {@code https}
     * @param host    the request's host name (the SNI name for https)
     * @param port    the port the request arrives on
     * @param localIp the server address the request arrives on (never ANY)
     */
    public Resolution resolve(ServerDocument document, String scheme, String host, int port, IpAddress localIp) {
        throw new UnsupportedOperationException("stub: the engine is being written");
    }
}
