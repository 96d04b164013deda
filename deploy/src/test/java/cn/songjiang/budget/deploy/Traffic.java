package cn.songjiang.budget.deploy;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Map;

/**
 * What Kubernetes NetworkPolicies let through, as the API defines it: a pod that a policy of a direction selects
 * takes only what some rule of such a policy allows; a pod that none selects takes everything. A connection needs
 * the source's egress and the destination's ingress. All the platform's policies live in one namespace.
 */
final class Traffic {

  record Pod(String namespace, Map<String, String> labels) {}

  private final String namespace;
  private final List<NetworkPolicy> policies;

  Traffic(String namespace, List<NetworkPolicy> policies) {
    this.namespace = namespace;
    this.policies = policies;
  }

  boolean allows(Pod from, Pod to, int port) {
    return egressAllows(from, to, port) && ingressAllows(from, to, port);
  }

  private boolean egressAllows(Pod from, Pod to, int port) {
    if (!from.namespace().equals(namespace)) {
      return true;
    }
    List<NetworkPolicy> selecting = selecting(from, "Egress");
    return selecting.isEmpty() || selecting.stream()
        .flatMap(p -> p.getSpec().getEgress().stream())
        .anyMatch(rule -> peersMatch(rule.getTo(), to) && portsMatch(rule.getPorts(), port));
  }

  private boolean ingressAllows(Pod from, Pod to, int port) {
    if (!to.namespace().equals(namespace)) {
      return true;
    }
    List<NetworkPolicy> selecting = selecting(to, "Ingress");
    return selecting.isEmpty() || selecting.stream()
        .flatMap(p -> p.getSpec().getIngress().stream())
        .anyMatch(rule -> peersMatch(rule.getFrom(), from) && portsMatch(rule.getPorts(), port));
  }

  private List<NetworkPolicy> selecting(Pod pod, String direction) {
    return policies.stream()
        .filter(p -> p.getSpec().getPolicyTypes().contains(direction))
        .filter(p -> matches(p.getSpec().getPodSelector(), pod.labels()))
        .toList();
  }

  private boolean peersMatch(List<NetworkPolicyPeer> peers, Pod pod) {
    return peers.isEmpty() || peers.stream().anyMatch(peer -> peerMatches(peer, pod));
  }

  private boolean peerMatches(NetworkPolicyPeer peer, Pod pod) {
    if (peer.getIpBlock() != null) {
      return false; // addresses outside the cluster; no pod here is one
    }
    boolean namespaceMatches = peer.getNamespaceSelector() == null
        ? pod.namespace().equals(namespace)
        : matches(peer.getNamespaceSelector(), Map.of("kubernetes.io/metadata.name", pod.namespace()));
    return namespaceMatches && (peer.getPodSelector() == null || matches(peer.getPodSelector(), pod.labels()));
  }

  private static boolean portsMatch(List<NetworkPolicyPort> ports, int port) {
    return ports.isEmpty() || ports.stream().map(NetworkPolicyPort::getPort).anyMatch(p -> matches(p, port));
  }

  private static boolean matches(IntOrString declared, int port) {
    if (declared == null) {
      return true;
    }
    if (declared.getIntVal() == null) {
      throw new AssertionError("policies here name ports by number, found " + declared.getStrVal());
    }
    return declared.getIntVal() == port;
  }

  static boolean matches(LabelSelector selector, Map<String, String> labels) {
    if (selector.getMatchLabels() != null
        && !selector.getMatchLabels().entrySet().stream()
            .allMatch(e -> e.getValue().equals(labels.get(e.getKey())))) {
      return false;
    }
    return selector.getMatchExpressions() == null
        || selector.getMatchExpressions().stream().allMatch(e -> matches(e, labels));
  }

  private static boolean matches(LabelSelectorRequirement requirement, Map<String, String> labels) {
    String value = labels.get(requirement.getKey());
    return switch (requirement.getOperator()) {
      case "Exists" -> value != null;
      case "DoesNotExist" -> value == null;
      case "In" -> value != null && requirement.getValues().contains(value);
      case "NotIn" -> value == null || !requirement.getValues().contains(value);
      default -> throw new AssertionError("unknown operator " + requirement.getOperator());
    };
  }
}
