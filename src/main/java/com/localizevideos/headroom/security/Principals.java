package com.localizevideos.headroom.security;

import io.quarkus.security.identity.SecurityIdentity;

/** The name audit records store for a caller: the authenticated principal, or null for an anonymous identity. */
public final class Principals {

    private Principals() {
    }

    public static String nameOf(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }
}
