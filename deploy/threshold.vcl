# The edge cache of `npm run start:edge` (lib/server/edge.js): Varnish 7 with varnish-modules' xkey
# in front of the app processes. It keeps what the app says is public for as long as its
# Cache-Control allows, drops it the moment a write publishes one of its cache tags (the purger
# sends PURGE with an `xkey-purge` header), serves the last good copy while the app is down, and
# never stores anything personal. Subroutines not defined here fall through to Varnish's built-in
# VCL (`varnishd -x builtin`), which this file calls explicitly where it relies on it.
vcl 4.1;

# std: healthy(), duration(), ban(). xkey: purging by cache tag. directors: round robin over the
# app processes. proxy: whether a TLS terminator in front (PROXY protocol) saw https.
import std;
import xkey;
import directors;
import proxy;

# How the edge knows an app process is up: a cheap cached read, every 2 s. An app process is sick
# after 3 failures in the last 5 probes and healthy again after 3 successes; .initial = 3 starts
# it healthy (the launcher only starts Varnish once the app processes answer).
probe threshold_health {
    .url = "/api/v1/topics";
    .interval = 2s;
    .timeout = 2s;
    .window = 5;
    .threshold = 3;
    .initial = 3;
}

# Written by the launcher into Varnish's working directory: one `backend app_N` per app process
# (127.0.0.1, its port, .probe = threshold_health), a vcl_init that adds them to the round-robin
# director `origin`, and `sub threshold_fresh_grace` setting req.grace to the app's
# PUBLIC_STALE_WHILE_REVALIDATE.
include "threshold-origins.vcl";

# Who may purge: processes on this machine (the purger runs in the launcher).
acl purgers {
    "localhost";
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    # Set only by vcl_synth below, on a restart; never taken from a client.
    if (req.restarts == 0) {
        unset req.http.X-Threshold-Stale;
    }
    # Spread requests over the healthy app processes.
    set req.backend_hint = origin.backend();

    # The client's address is the one Varnish saw, whatever X-Forwarded-For the client sent: the
    # app trusts exactly this one hop (TRUST_PROXY=1), so a forged header cannot move a client
    # into someone else's rate limits. Behind a load balancer, give Varnish the PROXY protocol
    # (`-a :8080,PROXY`) so that client.ip is still the real client.
    set req.http.X-Forwarded-For = client.ip;
    # Varnish is the outermost proxy, so it says which protocol the client used: https only when a
    # TLS terminator in front told it so through the PROXY protocol.
    if (proxy.is_ssl()) {
        set req.http.X-Forwarded-Proto = "https";
    } else {
        set req.http.X-Forwarded-Proto = "http";
    }

    # Purges, from this machine only. With `xkey-purge: tag tag...`: every object the app tagged
    # with one of them (its xkey response header) is removed, so the very next request fetches the
    # new data (concurrent ones wait for that one fetch). A softpurge would keep the old copy for
    # serving stale, but then the first visitor after every write would get the old numbers.
    # `xkey-purge: *` drops everything (the purger's answer to missed notifications). Without the
    # header: the object at that URL.
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (req.http.xkey-purge == "*") {
            std.ban("obj.status != 0");
            return (synth(200, "Banned everything"));
        }
        if (req.http.xkey-purge) {
            set req.http.n-gone = xkey.purge(req.http.xkey-purge);
            return (synth(200, "Invalidated " + req.http.n-gone + " objects"));
        }
        return (purge);
    }

    # Host in lower case, odd methods piped, anything but GET and HEAD passed (POSTs: the write
    # API, forms, server actions, sign-in), Authorization passed (the built-in rules).
    call vcl_req_host;
    call vcl_req_method;
    call vcl_req_authorization;

    # Personal and per-request pages in every language, and the APIs that answer per person:
    # always to the app, never stored (the app also marks them `private, no-store`).
    if (req.url ~ "^/(fi/|sv/)?(me|admin|auth|dev|unsubscribe|follow)(/|\?|$)" ||
        req.url ~ "^/api/(auth|me|admin|unsubscribe|csp-report)(/|\?|$)") {
        return (pass);
    }
    # A signed-in visitor (any Auth.js cookie: session, CSRF, callback): straight to the app.
    if (req.http.Cookie ~ "(^|;\s*)(__Secure-|__Host-)?authjs\.") {
        return (pass);
    }
    # No public answer depends on other cookies: drop them so the answer can be shared.
    unset req.http.Cookie;

    # While the app is healthy, a copy past its freshness is served only within the app's
    # stale-while-revalidate (and refreshed in the background); when every app process is sick,
    # or this is the second try of a request whose fetch failed (vcl_synth), for as long as the
    # object's grace (stale-if-error, below).
    # (req.grace only narrows the object's grace, and survives a restart, hence the explicit
    # "no narrower" of ten years.)
    if (std.healthy(req.backend_hint) && !req.http.X-Threshold-Stale) {
        call threshold_fresh_grace;
    } else {
        set req.grace = 3650d;
    }
    return (hash);
}

sub vcl_backend_response {
    # An error from the app never replaces a good copy. A cacheable fetch that gets one is
    # abandoned: a background refresh just ends (the stale copy stays); a client's fetch goes to
    # vcl_synth as a 503, which looks again for a stale copy (below). An uncacheable error (a
    # personal page, a POST) goes to its client as the app sent it.
    if (beresp.status >= 500 && !bereq.uncacheable) {
        return (abandon);
    }
    # Varnish reads s-maxage (TTL) and stale-while-revalidate (grace) from Cache-Control itself; it
    # does not read stale-if-error, so the grace (how long a stale copy may be served at all) is
    # set from it: req.grace in vcl_recv narrows it while the app is healthy.
    if (beresp.http.Cache-Control ~ "stale-if-error=[0-9]+") {
        set beresp.grace = std.duration(regsub(beresp.http.Cache-Control, "^.*stale-if-error=([0-9]+).*$", "\1s"), beresp.grace);
    }
    # Text the app sent uncompressed is stored gzipped (Varnish gunzips for the rare client that
    # does not accept gzip); what the app already compressed is stored as it came.
    if (beresp.http.Content-Type ~ "^(text/|application/(json|xml|atom\+xml|javascript)|image/svg\+xml)") {
        set beresp.do_gzip = true;
    }
    # The built-in rules: Set-Cookie, `private`, `no-store`, `no-cache` or `Vary: *` make the
    # answer uncacheable (remembered as such for 2 minutes, requests for it are not queued).
    call vcl_builtin_backend_response;
    return (deliver);
}

sub vcl_deliver {
    # Whether the edge answered: HIT (fresh copy), STALE (a copy past its TTL, within grace), MISS
    # (fetched and stored) or PASS (fetched for this request alone).
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } else if (obj.hits > 0 && obj.ttl <= 0s) {
        set resp.http.X-Cache = "STALE";
    } else if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # The cache tags are between the app and the edge.
    unset resp.http.xkey;
}

sub vcl_backend_error {
    # The app did not answer at all (a process restarting): a GET or HEAD tries the next process
    # once; anything else is never repeated (a POST may have reached the app). A cacheable fetch
    # that still fails is abandoned, like an error answer above.
    if (bereq.retries == 0 && bereq.method ~ "^(GET|HEAD)$") {
        return (retry);
    }
    if (!bereq.uncacheable) {
        return (abandon);
    }
}

sub vcl_synth {
    # A public answer whose fetch failed: once more, allowed to use any copy still within its grace
    # (stale-if-error). Without one, the second try ends here with the 503.
    if (resp.status == 503 && req.restarts == 0 && (req.method == "GET" || req.method == "HEAD")) {
        set req.http.X-Threshold-Stale = "1";
        return (restart);
    }
}
