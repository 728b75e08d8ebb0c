/**
 * The server document as immutable values: sites, bindings, SSL records, certificates and reserved
 * ports. Imports nothing but the JDK; every change produces a new {@link org.sitebinder.domain.ServerDocument}.
 */
package org.sitebinder.domain;
