/**
 * The bench's CV text (about 5 KB for each application in the measured job): made up, but with
 * the statistics search depends on. Each CV is in English or (one in three) Swedish, draws its
 * words from a vocabulary of a few thousand with a Zipf-like frequency (a few words in nearly every
 * CV, most in few), and names the skills and tools of a profile of its own, where a few (Linux,
 * Kubernetes) are common and most are rare, and Rook mostly comes with Ceph: `ceph rook` finds
 * a few per cent of the candidates, as it would among real ones, not nearly all of them.
 *
 * Deterministic: the text of application i depends on i alone.
 */

/** mulberry32: a small, fast PRNG, so every run seeds the same text. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (text: string) => text.trim().split(/\s+/);

/** Fisher-Yates with a fixed seed. */
function shuffled<T>(items: T[], seed: number): T[] {
  const random = prng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// English: the most frequent words first (their rank is their order), then content words whose
// rank is a shuffle, each verb in four forms and each noun in two.
const EN_FUNCTION = words(`the and of to in a for with on as at by from our my I we an is was were that this which
  into across over more than per its all new both each also while using within including`);
const EN_IRREGULAR: Record<string, string[]> = {
  build: ["build", "builds", "built", "building"],
  lead: ["lead", "leads", "led", "leading"],
  run: ["run", "runs", "ran", "running"],
  write: ["write", "writes", "wrote", "writing", "written"],
  drive: ["drive", "drives", "drove", "driving", "driven"],
  teach: ["teach", "teaches", "taught", "teaching"],
  hold: ["hold", "holds", "held", "holding"],
  take: ["take", "takes", "took", "taking", "taken"],
  set: ["set", "sets", "setting"],
  keep: ["keep", "keeps", "kept", "keeping"],
  find: ["find", "finds", "found", "finding"],
  bring: ["bring", "brings", "brought", "bringing"],
  grow: ["grow", "grows", "grew", "growing", "grown"],
  give: ["give", "gives", "gave", "giving", "given"],
  cut: ["cut", "cuts", "cutting"],
  shift: ["shift", "shifts", "shifted", "shifting"],
  rewrite: ["rewrite", "rewrites", "rewrote", "rewriting", "rewritten"],
  rebuild: ["rebuild", "rebuilds", "rebuilt", "rebuilding"],
  plan: ["plan", "plans", "planned", "planning"],
  debug: ["debug", "debugs", "debugged", "debugging"],
  ship: ["ship", "ships", "shipped", "shipping"],
  speak: ["speak", "speaks", "spoke", "speaking", "spoken"],
  choose: ["choose", "chooses", "chose", "choosing", "chosen"],
  win: ["win", "wins", "won", "winning"],
  begin: ["begin", "begins", "began", "beginning", "begun"],
  think: ["think", "thinks", "thought", "thinking"],
  sell: ["sell", "sells", "sold", "selling"],
  spend: ["spend", "spends", "spent", "spending"],
  submit: ["submit", "submits", "submitted", "submitting"],
  reset: ["reset", "resets", "resetting"],
  cancel: ["cancel", "cancels", "cancelled", "cancelling"],
  transfer: ["transfer", "transfers", "transferred", "transferring"],
  split: ["split", "splits", "splitting"],
  stop: ["stop", "stops", "stopped", "stopping"],
  read: ["read", "reads", "reading"],
  send: ["send", "sends", "sent", "sending"],
  understand: ["understand", "understands", "understood", "understanding"],
  sign: ["sign", "signs", "signed", "signing"],
};
const EN_VERBS = words(`manage develop deploy migrate automate maintain operate monitor improve reduce increase
  implement introduce support train mentor coordinate plan own review document test debug troubleshoot scale
  secure harden upgrade integrate configure provision architect deliver launch establish define optimise
  standardise consolidate replace evaluate research present hire interview onboard negotiate analyse measure
  benchmark profile tune patch recover restore replicate partition cache route balance federate observe alert
  escalate resolve investigate publish contribute release package containerise orchestrate virtualise script
  refactor rewrite port prototype pilot audit certify model forecast report schedule design create handle
  streamline simplify shorten enable extend expand adopt champion organise facilitate collaborate advise
  assess validate verify decommission rebuild redesign reorganise unify automate migrate shard encrypt
  rotate sign track triage prioritise estimate act add allow apply arrange assign assist attend automate
  avoid borrow cancel centralise clarify collect combine compare compile complete connect consider consult
  convert correct count cover deal decide decrease demonstrate depend deprecate detect determine discover
  discuss distribute divide double earn edit educate eliminate employ encourage ensure enter examine exceed
  execute explain explore export express fix focus follow form gather generate guide help identify import
  include inform initiate inspect install instruct invent join learn limit link list listen load locate
  look lower mark match merge minimise mirror move name need notice obtain offer open order organise outline
  pass perform pick place prepare prevent print produce promote propose protect prove provide purchase push
  reach read receive recommend record recruit reflect register relate rely remove renew repair repeat
  represent require reserve reset respond restructure retire return reuse rollback save search select send
  serve share show solve sort specify split start stop store structure study submit succeed suggest supply
  survey switch tackle talk target tend transfer transform translate travel try turn understand use vary
  visit wait want watch work`);
const EN_NOUNS = words(`team cluster platform service system pipeline deployment environment application customer
  project network server database backup incident outage migration upgrade release process tool workflow
  dashboard alert metric log trace node region datacenter rack switch router firewall certificate secret
  policy role engineer developer operator colleague stakeholder vendor contract budget cost requirement
  architecture design solution component module library framework interface endpoint queue stream topic
  replica volume disk filesystem bucket object image container pod namespace controller chart manifest
  template playbook inventory host machine hypervisor kernel driver course certification degree thesis
  university school conference talk meetup workshop paper language hobby reference rollout runbook
  postmortem test check job task ticket change request review standard guideline practice method week month
  year day hour minute customer partner product feature user account site office country client bank
  telecom operator integration upgrade update patch version benchmark report plan budget estimate hire
  intern student course lab lecture seminar board committee group department unit division company
  startup agency authority municipality hospital school ability account achievement action activity
  adapter address agreement algorithm analysis analyst answer approach area argument article aspect
  assessment asset assignment assistant attempt attention audience author award balance barrier basis
  benefit bit block body book boundary branch breach bridge bug building bundle button buyer cable
  campaign candidate career case category cause centre chain challenge channel chapter character choice
  circuit city claim class code command comment community comparison competition concept condition
  configuration connection consultant consumer context contribution control copy core course coverage
  credential crisis criterion culture cycle dataset deadline decision defect delay delivery demand
  dependency deputy description detail device difference dimension director disaster discussion
  distribution district document domain draft duty edge editor effect effort element email employee
  employer engine enterprise entry error event evidence example exception exercise expert export
  facility factor failure family fault field figure file filter flow form format forum foundation
  function fund gap gateway goal grade graph guide handbook handover hardware head health idea impact
  improvement incident index industry input insight installation instance instructor interview
  investment issue item key kit lead lesson level licence limit line link load location lock loop
  machine manager market master matter meeting member memory message milestone mission mistake mode
  model moment network notice number objective office opportunity option order organisation outcome
  output owner package page panel parameter part participant path pattern payment peer period permission
  person phase piece pilot pipeline place plugin point pool portal position post practice price
  principle priority problem procedure profile program progress proposal protocol provider purpose
  quality quarter query question range rate reason record recovery region registry relationship
  remote replacement repository request resource response result revenue risk roadmap rule sample scale
  scenario schedule scheme scope score screen script section sector segment seller sensor sequence
  session setting share shift signal skill slot snapshot source space specialist specification sponsor
  sprint stack stage state statement step strategy structure subject subnet subscription success
  summary supplier survey switch symbol table target teacher technique technology term territory thread
  threshold ticket timeline token topic total track trade trainer transaction transfer transition trend
  trial trigger tunnel type unit upgrade value variable vendor version view vision volunteer warning
  website window worker zone`);
const EN_UNCOUNTED = words(`infrastructure storage observability security compliance automation capacity
  reliability availability latency throughput uptime downtime networking virtualisation provisioning
  monitoring logging tracing alerting testing documentation governance tooling hardware software firmware
  experience knowledge responsibility ownership leadership mentoring onboarding recruitment operations
  maintenance support research education training background expertise`);
const EN_ADJECTIVES = words(`reliable scalable highly available distributed automated critical secure large small
  multiple several daily weekly monthly production internal external open source public private hybrid
  cloud native bare metal legacy modern complex efficient stable fast successful responsible experienced
  senior junior principal technical hands-on cross-functional agile remote fluent basic advanced
  professional strong solid deep broad key main primary shared dedicated virtual physical global local
  regional nordic european international financial medical industrial academic commercial open-source
  self-hosted multi-tenant zero-downtime end-to-end in-house on-premises accurate active additional
  adequate annual appropriate automatic average aware balanced brief busy careful central certain
  clear clean close common competent complete comprehensive concurrent consistent constant continuous
  creative current customer-facing dynamic early easy elastic entire essential existing expensive
  extensive fair familiar final flexible formal frequent friendly full general good great heavy high
  ideal immediate important independent individual initial innovative intensive interactive late
  latest lean long low major manual mature minimal minor mobile motivated natural necessary new normal
  numerous official operational optional organised original overall particular past patient permanent
  personal popular positive possible practical precise predictable previous proactive productive
  proper quick rapid rare real recent regular relevant resilient robust rough routine safe simple
  single slow smooth social specific standard steady strategic strict structured sufficient suitable
  temporary thorough tight tough typical unique urgent useful valuable various vital weak whole wide`);

function plural(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|sh|ch|x)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

function verbForms(verb: string): string[] {
  if (EN_IRREGULAR[verb]) return EN_IRREGULAR[verb];
  if (/[^aeiou]y$/.test(verb)) {
    const stem = verb.slice(0, -1);
    return [verb, `${stem}ies`, `${stem}ied`, `${verb}ing`];
  }
  const stem = verb.endsWith("e") ? verb.slice(0, -1) : verb;
  return [verb, /(s|sh|ch|x)$/.test(verb) ? `${verb}es` : `${verb}s`, `${stem}ed`, `${stem}ing`];
}

// Swedish: the same, with nouns in their four forms and verbs in four, and compounds (the
// words Swedish makes by joining two, such as lagringssystem) in the tail.
const SV_FUNCTION = words(`och i att en ett som på för med av till det den är var jag vi har hade om från under
  inom samt både flera nya alla mitt vår där även mot efter genom`);
const SV_NOUNS = `system systemet systemen|kluster klustret klustren|tjänst tjänsten tjänster tjänsterna
  |miljö miljön miljöer miljöerna|kund kunden kunder kunderna|lösning lösningen lösningar lösningarna
  |plattform plattformen plattformar plattformarna|drift driften|lagring lagringen|övervakning övervakningen
  |utveckling utvecklingen|ansvar ansvaret|erfarenhet erfarenheten erfarenheter erfarenheterna
  |projekt projektet projekten|team teamet teamen|nätverk nätverket nätverken|server servern servrar servrarna
  |databas databasen databaser databaserna|kollega kollegan kollegor kollegorna|kurs kursen kurser kurserna
  |utbildning utbildningen utbildningar utbildningarna|företag företaget företagen|uppdrag uppdraget uppdragen
  |arbete arbetet arbeten|kunskap kunskapen kunskaper kunskaperna|verktyg verktyget verktygen
  |incident incidenten incidenter incidenterna|uppgradering uppgraderingen uppgraderingar uppgraderingarna
  |migrering migreringen migreringar migreringarna|säkerhet säkerheten|automatisering automatiseringen
  |infrastruktur infrastrukturen|beredskap beredskapen|kapacitet kapaciteten|leverans leveransen leveranser
  |krav kravet kraven|arkitektur arkitekturen arkitekturer|förvaltning förvaltningen|avdelning avdelningen
  |myndighet myndigheten myndigheter|kommun kommunen kommuner|bank banken banker|skola skolan skolor
  |examen examina|högskola högskolan|universitet universitetet|ingenjör ingenjören ingenjörer ingenjörerna
  |utvecklare utvecklaren|tekniker teknikern|konsult konsulten konsulter konsulterna|chef chefen chefer
  |ledare ledaren|grupp gruppen grupper grupperna|rutin rutinen rutiner rutinerna|process processen processer
  |flöde flödet flöden|larm larmet|logg loggen loggar loggarna|mätvärde mätvärdet mätvärden
  |certifikat certifikatet|behörighet behörigheten behörigheter|policy policyn|leverantör leverantören leverantörer
  |avtal avtalet avtalen|budget budgeten|kostnad kostnaden kostnader|användare användaren användarna
  |funktion funktionen funktioner|tjänstgöring tjänstgöringen|jour jouren|språk språket|intresse intresset intressen
  |förbättring förbättringen förbättringar|driftstörning driftstörningen driftstörningar|release releasen releaser
  |dokumentation dokumentationen|test testet testerna|granskning granskningen|workshop workshopen workshops
  |mål målet målen|resultat resultatet|förmåga förmågan förmågor|uppgift uppgiften uppgifter uppgifterna
  |tjänsteman tjänstemannen|samarbete samarbetet samarbeten|möte mötet möten mötena|beslut beslutet besluten
  |ändring ändringen ändringar ändringarna|fel felet felen|problem problemet problemen|lösenord lösenordet
  |nyckel nyckeln nycklar nycklarna|brandvägg brandväggen brandväggar|switch switchen switchar|disk disken diskar
  |volym volymen volymer|kopia kopian kopior kopiorna|återställning återställningen|katastrof katastrofen
  |kontor kontoret kontoren|stad staden städer|land landet länder|region regionen regioner|kvartal kvartalet
  |vecka veckan veckor veckorna|månad månaden månader|år året åren|dag dagen dagar dagarna|timme timmen timmar
  |kodbas kodbasen|gränssnitt gränssnittet|bibliotek biblioteket|ramverk ramverket|modul modulen moduler
  |komponent komponenten komponenter|paket paketet paketen|behållare behållaren|nod noden noder noderna
  |licens licensen licenser|kontrakt kontraktet|upphandling upphandlingen upphandlingar|offert offerten offerter
  |rapport rapporten rapporter rapporterna|analys analysen analyser|strategi strategin strategier|vision visionen
  |ledning ledningen|styrelse styrelsen|medarbetare medarbetaren medarbetarna|praktikant praktikanten praktikanter
  |student studenten studenter|lärare läraren lärarna|kursplan kursplanen|examensarbete examensarbetet
  |förening föreningen föreningar|fritid fritiden|hobby hobbyn|körkort körkortet|referens referensen referenser`
  .split("|")
  .map(words);
const SV_VERBS_A = words(`ansvara utveckla arbeta skapa designa implementera övervaka förbättra minska öka
  handleda utbilda samordna planera granska dokumentera testa skala säkra uppgradera integrera konfigurera
  leverera lansera etablera definiera optimera standardisera utvärdera presentera rekrytera intervjua
  automatisera migrera förvalta installera underhålla analysera mäta införa`);
const SV_VERBS = `bygga bygger byggde byggt|driva driver drev drivit|leda leder ledde lett|delta deltar deltog deltagit
  |felsöka felsöker felsökte felsökt|ersätta ersätter ersatte ersatt|skriva skriver skrev skrivit
  |hålla håller höll hållit|sätta sätter satte satt|köra kör körde kört|ta tar tog tagit|ge ger gav gett`
  .split("|")
  .map(words);
const SV_ADJECTIVES = words(`tillförlitlig skalbar automatiserad kritisk säker stor liten flera daglig veckovis
  intern extern öppen publik privat modern komplex effektiv stabil snabb ansvarig erfaren senior teknisk
  praktisk flytande grundläggande avancerad djup bred gemensam virtuell fysisk lokal regional nordisk
  europeisk internationell finansiell offentlig självständig noggrann strukturerad nyfiken aktiv alternativ
  analytisk ansvarsfull central dynamisk enkel flexibel formell fri framgångsrik funktionell generell
  hållbar initiativrik innovativ kommunikativ kompetent kontinuerlig kreativ kunnig lugn lyhörd lätt
  manuell mobil motiverad målinriktad normal operativ organiserad pedagogisk personlig positiv produktiv
  professionell redundant relevant robust samlad social specifik strategisk trygg tydlig vanlig värdefull`);
const SV_PREFIXES = words(`lagrings drift nätverks säkerhets moln data system utvecklings övervaknings test
  produktions kund projekt server backup kluster plattforms infrastruktur automatiserings jour
  förändrings kvalitets leverans kapacitets incident release behörighets identitets certifikats logg
  larm lednings verksamhets`);
const SV_HEADS = `system systemet systemen|miljö miljön miljöer miljöerna|team teamet|plattform plattformen
  |ansvar ansvaret|lösning lösningen lösningar|tekniker teknikern|ingenjör ingenjören ingenjörer|arbete arbetet
  |frågor frågorna|kunskap kunskaper|rutiner rutinerna|leverans leveranser|hantering hanteringen
  |arbetet|ansvarig ansvariga|plan planen planer|stöd stödet|kompetens kompetensen|process processen processer
  |verktyg verktygen|översikt översikten|lager lagret`
  .split("|")
  .map(words);

function svVerbForms(verb: string): string[] {
  if (verb.endsWith("a")) return [verb, `${verb}r`, `${verb}de`, `${verb}t`];
  return [verb];
}

function compounds(): string[] {
  const out: string[] = [];
  for (const prefix of SV_PREFIXES)
    for (const forms of SV_HEADS)
      for (const form of forms) if (!form.startsWith(prefix.replace(/s$/, ""))) out.push(prefix + form);
  return out;
}

/** Skills and tools, the most common first: whether a CV names one falls with its rank. */
const SKILLS = words(`Linux Kubernetes Python Terraform Ansible Docker Prometheus Ceph Grafana PostgreSQL Git Bash BGP
  Go AWS Helm Azure GCP ArgoCD Jenkins GitLab GitHub OpenStack KVM Nginx HAProxy Kafka Redis MySQL
  Elasticsearch Vault Istio Cilium Calico etcd containerd Podman RabbitMQ MariaDB MongoDB Loki
  OpenTelemetry Thanos Alertmanager KubeVirt Rook Consul Packer Pulumi Crossplane Flux Tekton Trivy Falco
  Kyverno Keycloak LDAP Kerberos FreeIPA SAML OAuth OIDC TLS PKI OpenSSL WireGuard IPsec OpenVPN iptables
  nftables eBPF systemd SELinux AppArmor ZFS LVM XFS Btrfs NFS iSCSI GlusterFS MinIO RGW RBD CephFS
  Longhorn OpenEBS Velero restic Borg Bacula rsync Java Kotlin Scala Rust Perl Ruby TypeScript JavaScript
  React Django Flask FastAPI Spring gRPC Protobuf GraphQL SQL YAML Jsonnet CUE Bazel CMake LLVM DPDK NUMA
  CUDA Slurm Hadoop Spark Airflow dbt Snowflake BigQuery Tableau Jira Confluence ServiceNow ITIL Scrum
  Kanban TOGAF CKA CKAD CKS RHCE RHCSA LFCS CCNA CCNP OSPF VXLAN EVPN FRR MetalLB CoreDNS Envoy Linkerd
  Jaeger Fluentd Logstash Kibana OpenSearch Cassandra NATS Memcached Nomad Vagrant Proxmox VMware QEMU
  libvirt Spinnaker SonarQube OPA Zabbix Nagios Icinga Puppet Chef SaltStack Graylog Splunk Datadog
  PagerDuty Opsgenie Cloudflare Fastly Varnish Squid PowerShell Windows ActiveDirectory Exchange Hyper-V
  Citrix NetApp PureStorage Dell HPE Cisco Juniper Arista MikroTik pfSense OPNsense Hetzner OVH
  DigitalOcean Scaleway Openshift Rancher K3s Talos Flatcar CoreOS Ubuntu Debian RHEL Rocky AlmaLinux
  SUSE Alpine NixOS Gentoo FreeBSD OpenBSD Illumos`);

const TITLES = [
  "Site Reliability Engineer",
  "Platform Engineer",
  "DevOps Engineer",
  "Systems Administrator",
  "Cloud Engineer",
  "Network Engineer",
  "Storage Engineer",
  "Infrastructure Architect",
  "Software Engineer",
  "Linux Consultant",
  "Drifttekniker",
  "Systemutvecklare",
  "IT-tekniker",
  "Driftansvarig",
];
const COMPANY_FIRST = words(`Nordic Svea Baltic Polar Aurora Fjord Granit Kvarts Lumen Meridian Norrsken
  Orbit Pioneer Quantum Runa Saga Tundra Vinter Zenit Atlas Boreal Cobalt Delta Ekorre Falk`);
const COMPANY_SECOND = words(`Data Systems Hosting Bank Telecom Logistics Cloud Networks Energi Media Health
  Retail Labs Analytics Software Games`);
const COMPANY_FORM = words(`AB Oy AS ApS GmbH Ltd BV`);
const CITIES = words(`Stockholm Göteborg Malmö Uppsala Linköping Umeå Luleå Helsinki Tampere Oslo Bergen Copenhagen
  Aarhus Berlin Hamburg Amsterdam Dublin London Warsaw Kraków Tallinn Riga Vilnius Prague Vienna Zürich`);
const UNIVERSITIES = [
  "KTH Royal Institute of Technology",
  "Chalmers University of Technology",
  "Lund University",
  "Uppsala universitet",
  "Linköpings universitet",
  "Aalto University",
  "University of Helsinki",
  "NTNU",
  "Technical University of Munich",
  "Warsaw University of Technology",
  "Yrkeshögskolan Göteborg",
];

/** A vocabulary ranked by frequency: `pick` draws a word with weight 1 / (rank + 2.7)^1.07. */
class Zipf {
  private readonly cumulative: Float64Array;
  constructor(readonly vocabulary: string[]) {
    this.cumulative = new Float64Array(vocabulary.length);
    let sum = 0;
    for (let r = 0; r < vocabulary.length; r++) {
      sum += 1 / Math.pow(r + 2.7, 1.07);
      this.cumulative[r] = sum;
    }
  }
  pick(random: () => number): string {
    const x = random() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return this.vocabulary[lo]!;
  }
}

const unique = (items: string[]) => [...new Set(items)];

const ENGLISH = new Zipf([
  ...EN_FUNCTION,
  ...shuffled(
    unique([
      ...EN_VERBS.flatMap(verbForms),
      ...Object.values(EN_IRREGULAR).flat(),
      ...EN_NOUNS.flatMap((n) => [n, plural(n)]),
      ...EN_UNCOUNTED,
      ...EN_ADJECTIVES,
    ]).filter((w) => !EN_FUNCTION.includes(w)),
    21,
  ),
]);
const SWEDISH = new Zipf([
  ...SV_FUNCTION,
  ...shuffled(
    unique([
      ...SV_NOUNS.flat(),
      ...SV_VERBS_A.flatMap(svVerbForms),
      ...SV_VERBS.flat(),
      ...SV_ADJECTIVES,
      ...SV_ADJECTIVES.map((a) => `${a}a`),
    ]).filter((w) => !SV_FUNCTION.includes(w)),
    22,
  ),
  ...shuffled(unique(compounds()), 23),
]);
const EN_PAST = unique(EN_VERBS.map((v) => verbForms(v)[2]!));
const SV_PAST = unique([...SV_VERBS_A.map((v) => `${v}de`), ...SV_VERBS.map((forms) => forms[2]!)]);

/** Every word the bench's CVs can contain, for the tests' count of distinct words. */
export const CV_VOCABULARY_SIZE = unique([
  ...ENGLISH.vocabulary,
  ...SWEDISH.vocabulary,
  ...SKILLS,
  ...TITLES.flatMap(words),
  ...COMPANY_FIRST,
  ...COMPANY_SECOND,
  ...CITIES,
]).length;

/** The chance that a CV names the skill of this rank: 80 % for Linux, about 15 % for Ceph, 1 % at the end. */
const skillChance = (rank: number) => 0.8 * Math.pow(rank + 1, -0.9);

function profile(random: () => number): string[] {
  const skills = SKILLS.filter((_, rank) => random() < skillChance(rank));
  // Rook is Ceph on Kubernetes: a third of those who name Ceph name Rook too.
  if (skills.includes("Ceph") && !skills.includes("Rook") && random() < 0.33) skills.push("Rook");
  return skills.length > 0 ? skills : [SKILLS[0]!];
}

const pickFrom = <T>(items: T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

/** About 5 KB of CV text for application i; the same i always gives the same text. */
export function benchCvText(i: number): string {
  const random = prng(0x9e3779b1 ^ Math.imul(i + 1, 0x85ebca6b));
  const swedish = random() < 1 / 3;
  const vocabulary = swedish ? SWEDISH : ENGLISH;
  const past = swedish ? SV_PAST : EN_PAST;
  const skills = profile(random);

  const sentence = (length: number) => {
    const parts = [pickFrom(past, random)];
    for (let k = 0; k < length; k++) parts.push(random() < 0.06 ? pickFrom(skills, random) : vocabulary.pick(random));
    parts[0] = parts[0]!.charAt(0).toUpperCase() + parts[0]!.slice(1);
    return `${parts.join(" ")}.`;
  };

  const head = [
    swedish ? "Profil" : "Profile",
    sentence(12 + Math.floor(random() * 10)),
    sentence(8 + Math.floor(random() * 10)),
    swedish ? "Kompetenser:" : "Skills:",
    `${skills.join(", ")}.`,
  ];
  const tail = [
    swedish ? "Utbildning" : "Education",
    `${pickFrom(UNIVERSITIES, random)}, ${2000 + Math.floor(random() * 20)}.`,
    swedish ? "Språk: svenska, engelska." : "Languages: English, Swedish.",
  ];
  const body = [swedish ? "Erfarenhet" : "Experience"];
  // A career mostly under one title (a third of CVs under the first two, Site Reliability and Platform).
  const career = TITLES[Math.floor(Math.pow(random(), 1.6) * TITLES.length)]!;
  let length = head.join(" ").length + tail.join(" ").length;
  let year = 2024;
  while (length < 5000) {
    const from = year - 1 - Math.floor(random() * 5);
    const company = `${pickFrom(COMPANY_FIRST, random)} ${pickFrom(COMPANY_SECOND, random)} ${pickFrom(COMPANY_FORM, random)}`;
    const title = random() < 0.7 ? career : pickFrom(TITLES, random);
    const role = [`${title}, ${company}, ${pickFrom(CITIES, random)}, ${from}–${year}.`];
    const sentences = 6 + Math.floor(random() * 10);
    for (let s = 0; s < sentences && length < 5000; s++) {
      role.push(sentence(8 + Math.floor(random() * 16)));
      length += role[role.length - 1]!.length + 1;
    }
    length += role[0]!.length + 1;
    body.push(...role);
    year = from;
  }
  return [...head, ...body, ...tail].join(" ");
}
