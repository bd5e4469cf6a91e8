package dev.stackwright.registry;

/**
 * The script that creates Harbor's proxy-cache projects through its API, since the chart cannot
 * declare them: for each {@link ProxyCache}, a registry endpoint and a public project that caches
 * it. Creating what exists already is answered 409 and skipped, so the script can run again.
 */
final class ProxyCacheScript {
  private ProxyCacheScript() {}

  static String of(Harbor harbor) {
    StringBuilder s = new StringBuilder();
    s.append("#!/bin/sh\n")
        .append("# The proxy-cache projects of Harbor \"")
        .append(harbor.name())
        .append("\" at ")
        .append(harbor.externalUrl())
        .append(", written by Stackwright.\n")
        .append("# Harbor configures projects through its API, not its chart: run this once")
        .append(" Harbor is up,\n")
        .append("# with HARBOR_PASSWORD set to the admin password of Secret ")
        .append(harbor.adminPasswordSecret().name())
        .append(".\n")
        .append("set -eu\n")
        .append("api='")
        .append(harbor.externalUrl())
        .append("/api/v2.0'\n")
        .append("post() {\n")
        .append("  code=$(curl -sS -o /dev/null -w '%{http_code}' -u \"admin:$HARBOR_PASSWORD\"")
        .append(" -H 'Content-Type: application/json' -X POST \"$api/$1\" -d \"$2\")\n")
        .append("  case \"$code\" in 201|409) ;; *) echo \"POST $1: HTTP $code\" >&2; exit 1;;")
        .append(" esac\n")
        .append("}\n")
        .append("registry_id() {\n")
        .append("  curl -fsS -u \"admin:$HARBOR_PASSWORD\" \"$api/registries?q=name%3D$1\"")
        .append(" | sed -n 's/^\\[{.*\"id\":\\([0-9]*\\).*/\\1/p'\n")
        .append("}\n");
    for (ProxyCache p : harbor.proxyCaches()) {
      s.append("\n# ")
          .append(p.registry())
          .append(" -> ")
          .append(harbor.host())
          .append('/')
          .append(p.project())
          .append('\n')
          .append("post registries '{\"name\":\"")
          .append(p.registry())
          .append("\",\"type\":\"")
          .append(p.endpointType())
          .append("\",\"url\":\"")
          .append(p.endpointUrl())
          .append("\",\"insecure\":false}'\n")
          .append("post projects \"{\\\"project_name\\\":\\\"")
          .append(p.project())
          .append("\\\",\\\"registry_id\\\":$(registry_id ")
          .append(p.registry())
          .append("),\\\"metadata\\\":{\\\"public\\\":\\\"true\\\"}}\"\n");
    }
    return s.toString();
  }
}
