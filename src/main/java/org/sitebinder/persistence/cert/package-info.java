/**
 * Certificate files an admin imports (.cer, .crt, .der, .pem, .pfx/.p12), read with the JDK's own
 * parsers into domain certificates. Private keys are never read.
 */
package org.sitebinder.persistence.cert;
