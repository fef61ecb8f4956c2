/**
 * What the Cloud Engineer posting asks for, as the attributes interviewers rate. New jobs start
 * from the same list; recruiters edit it per job.
 */
export const defaultAttributes: Array<{ key: string; label: string; description: string; optional?: boolean }> = [
  {
    key: "linux_cloud_native",
    label: "Linux and cloud-native",
    description: "Runs and debugs Linux systems and cloud-native services in production.",
  },
  {
    key: "ceph_storage",
    label: "Ceph and storage",
    description: "Operates distributed storage such as Ceph; understands its failure modes.",
  },
  {
    key: "hypervisors",
    label: "Hypervisors",
    description: "Works with virtualisation platforms (KVM, Proxmox, VMware or similar).",
  },
  {
    key: "automation",
    label: "Automation (Terraform, Ansible, CI/CD)",
    description: "Automates infrastructure and delivery rather than clicking through it.",
  },
  {
    key: "kubernetes",
    label: "Kubernetes",
    description: "Runs and troubleshoots Kubernetes clusters and the workloads on them.",
  },
  {
    key: "networking",
    label: "Networking (BGP, layer 3)",
    description: "A plus: routing, BGP and layer-3 networking.",
    optional: true,
  },
  {
    key: "pragmatism",
    label: "Pragmatism",
    description: "Weighs performance, simplicity and maintainability sensibly.",
  },
  {
    key: "drive_curiosity",
    label: "Drive and curiosity",
    description: "Takes initiative, digs into the unknown, keeps learning.",
  },
  {
    key: "ambiguity",
    label: "Working in ambiguity",
    description: "Makes progress when the problem or the plan is not yet clear.",
  },
  {
    key: "collaboration",
    label: "Collaboration",
    description: "Works well with colleagues and customers; shares knowledge.",
  },
];
