// Content for the Cloud Engineer posting (Safespring, IaaS team).
// English and Swedish carry the same facts. Salary, location, start date and
// the process steps are rendered from structured fields, not from `body`.

import type { StageKind } from "../enums";

export type Localized = { en: string; sv: string };

export const cloudEngineerContent: {
  title: Localized;
  team: Localized;
  summary: Localized;
  body: Localized;
  processNote: Localized;
  startNote: Localized;
} = {
  title: {
    en: "Cloud Engineer",
    sv: "Cloud Engineer",
  },

  team: {
    en: "IaaS team",
    sv: "IaaS-teamet",
  },

  summary: {
    en: "Help build an open, reliable European cloud. Join our small IaaS team working with Ceph, hypervisors and Kubernetes, remotely from anywhere in the EU or from Stockholm.",
    sv: "Var med och bygg ett öppet och pålitligt europeiskt moln. I vårt lilla IaaS-team jobbar du med Ceph, hypervisorer och Kubernetes, på distans inom EU eller i Stockholm.",
  },

  body: {
    en: `## Why this role matters

Europe deserves a cloud of its own: open, dependable and able to compete on its own merits. That is what we are building, and there has never been a better moment for technology made in the EU.

Our platform runs largely on open source. The same building blocks take us from a single virtual machine in our public cloud all the way up to several racks in a private cloud at a customer's site.

We are a small company, so we are careful with both time and money. We want to build each thing once, do it properly, and make sure it benefits many customers.

## Who you are

You enjoy building things that run in the real world, not just on a whiteboard. Whether it is getting more out of a Ceph cluster, tuning hypervisors or automating a fiddly setup, you want to see your work make a difference and your ideas land in production.

Here you will land in a small, experienced team that puts curiosity and independence well ahead of bureaucracy.

You choose whether to work fully remotely, from our office in Stockholm, or from anywhere in the EU. We provide the equipment you need, along with the security of a collective agreement (or an equivalent arrangement if you are based outside Sweden).

## What you will do

- Own the design, operation and improvement of our Ceph-based storage, with performance, reliability and data safety as the top priority.
- Build compute and storage platforms that hold up when it counts, using hypervisors, automation tooling and orchestration.
- Help develop our Kubernetes-based stack, where virtual machines and storage are integrated into the platform and scaled across clusters.
- Automate deployments, upgrades and monitoring. Terraform, Ansible or a clever approach of your own: use whatever does the job best.
- Work closely with your colleagues in a team where experimenting and iterating is a natural part of everyday work.

## Must-haves

- Extensive hands-on experience with Linux and cloud-native environments.
- Real production experience with Ceph, hypervisors and automation frameworks.
- Familiarity with Kubernetes, and you are comfortable in complex environments where the answers are not always given.
- A pragmatic sense for weighing performance, simplicity and maintainability against each other.
- Most of all, **drive and curiosity**: you dig into new things, work out how they fit together and keep moving, even when nobody has drawn the map for you.

## Nice to have

- Knowledge of BGP or layer 3 networking.
- Experience with the Rook operator for automating Ceph.
- Experience writing or maintaining CI/CD pipelines.

## Your team and way of working

You will join our IaaS (Infrastructure as a Service) team: five engineers led by Anders Johansson.

We plan in two-week sprints, with demos and retros that genuinely make us work better rather than just ticking a box.

The team is used to working remotely, but we value our time together. In May the whole company gets together for an offsite, and we like to travel together to conferences such as KubeCon and OpenInfra.

## What we are working on now

- New ways to upgrade OpenStack that let us skip several versions at once and pay down technical debt quickly.
- Moving our internal control planes away from libvirt, to KubeVirt on Kubernetes.
- Consolidating internal tooling between our PaaS and IaaS teams.

Alongside this, we are building a Kubernetes platform on Talos Linux, so there is a lot happening around you.

## A reality check

Working at a small company means living with a fair amount of ambiguity. Priorities shift, the full background is not always there, and nobody puts a neatly scoped ticket on your desk every morning.

If you enjoy digging out the real problem, taking ownership of it and building solutions that stand the test of time, you will feel at home here.

If you would rather have a narrowly defined area of responsibility, or work in a large team of specialists, this role may not be the right fit, and that is completely fine.

## Interested?

How you approach problems matters more to us than how polished your CV is. Send us what you have, and we will take it from there.

You need to be based in the EU for this role.`,

    sv: `## Därför är rollen viktig

Europa förtjänar ett eget moln som är öppet, driftsäkert och som kan konkurrera på riktigt. Det är det vi bygger, och läget för teknik som utvecklas inom EU har aldrig sett bättre ut.

Vår plattform bygger till stor del på öppen källkod. Med samma byggstenar går vi från en enda virtuell maskin i vårt publika moln upp till flera rack i ett privat moln hos en kund.

Som litet bolag hushållar vi med både tid och pengar. Vi vill bygga varje sak en gång, göra det ordentligt och se till att den kommer många kunder till nytta.

## Vem du är

Du tycker om att bygga saker som körs på riktigt, inte bara på en whiteboard. Oavsett om det gäller att få ut mer av ett Ceph-kluster, finjustera hypervisorer eller automatisera en krånglig installation vill du se ditt arbete göra nytta och dina idéer landa i produktion.

Här hamnar du i ett litet, erfaret team som sätter nyfikenhet och självständighet långt före byråkrati.

Du väljer själv om du vill jobba helt och hållet på distans, från kontoret i Stockholm eller från valfri plats inom EU. Vi står för utrustningen du behöver, och du får tryggheten i ett kollektivavtal (eller motsvarande villkor om du bor utanför Sverige).

## Det här kommer du att göra

- Ansvara för design, drift och förbättring av vår Ceph-baserade lagring, med prestanda, tillförlitlighet och datasäkerhet som högsta prioritet.
- Bygga compute- och lagringsplattformar som håller när det gäller, med hjälp av hypervisorer, automationsverktyg och orkestrering.
- Vara med och utveckla vår stack byggd på Kubernetes, där virtuella maskiner och lagring integreras i plattformen och skalas över flera kluster.
- Automatisera driftsättning, uppgraderingar och övervakning. Terraform, Ansible eller en smart lösning du har tagit fram själv: använd det som gör jobbet bäst.
- Jobba nära dina kollegor i ett team där det är en naturlig del av vardagen att experimentera och iterera.

## Det här behöver du ha med dig

- Stor praktisk vana vid Linux och cloud native-miljöer.
- Erfarenhet från skarp drift av Ceph, hypervisorer och automationsramverk.
- Vana vid Kubernetes, och du trivs i komplexa miljöer där svaren inte alltid är givna.
- Ett pragmatiskt sinne för att väga prestanda, enkelhet och underhållbarhet mot varandra.
- Framför allt **driv och nyfikenhet**: du sätter dig in i nya saker, listar ut hur de hänger ihop och tar dig vidare, även när ingen har ritat kartan åt dig.

## Meriterande

- Kunskaper i BGP eller nätverk på lager 3.
- Vana vid Rook-operatorn för automatisering av Ceph.
- Erfarenhet av att skriva eller underhålla CI/CD-pipelines.

## Ditt team och hur vi jobbar

Du kommer till vårt IaaS-team (Infrastructure as a Service): fem ingenjörer under ledning av Anders Johansson.

Vi planerar i sprintar på två veckor, med demos och retron som faktiskt gör att vi jobbar bättre, inte bara bockar av en punkt.

Teamet är vant vid distansarbete, men vi värdesätter tiden tillsammans. I maj samlas hela företaget på offsite, och vi åker gärna tillsammans på konferenser som KubeCon och OpenInfra.

## Det här jobbar vi med just nu

- Nya sätt att uppgradera OpenStack som låter oss hoppa över flera versioner på en gång och snabbt beta av teknisk skuld.
- Flytten av våra interna control planes bort från libvirt, till KubeVirt på Kubernetes.
- Samordning av interna verktyg mellan PaaS- och IaaS-teamen.

Parallellt bygger vi en Kubernetes-plattform på Talos Linux, så det händer mycket runt omkring dig.

## En ärlig bild

På ett litet bolag får man leva med en hel del otydlighet. Prioriteringar ändras, all bakgrund finns inte alltid på plats och ingen lägger en prydligt avgränsad ticket på ditt skrivbord varje morgon.

Tycker du om att gräva fram det verkliga problemet, ta ansvar för det och bygga lösningar som står sig över tid, kommer du att trivas hos oss.

Föredrar du ett snävt avgränsat ansvarsområde, eller att jobba i ett stort team av specialister, är den här rollen kanske inte rätt för dig, och det är helt okej.

## Låter det intressant?

För oss är det viktigare hur du tar dig an problem än hur välputsat ditt CV är. Skicka det du har, så går vi vidare därifrån.

Du behöver vara bosatt inom EU för den här rollen.`,
  },

  processNote: {
    en: `**Flexible at every step.** Skills show up in many different ways, and a standard interview format does not suit everyone. If there is a way you would rather show us what you can do, tell us. We are genuinely happy to listen.

Applying for a new job is a big step. We want the process to feel smooth and transparent, and above all to give you the chance to show us how you work when you are at your best.`,
    sv: `**Flexibelt i varje steg.** Kompetens kan visa sig på många olika sätt, och ett standardupplägg för intervjuer passar inte alla. Har du en idé om ett annat sätt att visa vad du kan? Berätta gärna, vi lyssnar.

Att söka ett nytt jobb är ett stort steg. Vi vill att processen ska kännas smidig och tydlig, och framför allt ge dig chansen att visa hur du jobbar när du är som bäst.`,
  },

  startNote: {
    en: "We would like you to start as soon as possible, and we interview on a rolling basis, so don't wait to apply.",
    sv: "Tillträde snarast – vi intervjuar löpande, så vänta inte med att söka.",
  },
};

export const defaultStages: Array<{
  key: "applied" | "initial_call" | "manager_meeting" | "technical_interviews" | "decision" | "references";
  kind: StageKind;
  staffName: string;
  name: Localized;
  description: Localized;
  typicalDays: number;
}> = [
  {
    key: "applied",
    kind: "screening",
    staffName: "Applied",
    name: {
      en: "Application received",
      sv: "Ansökan mottagen",
    },
    description: {
      en: "Your application goes straight to the team that is hiring, and a person reads every one. If it looks like a good match, we get in touch to book an initial call.",
      sv: "Din ansökan går direkt till teamet som rekryterar, och varje ansökan läses av en människa. Ser det ut att kunna passa hör vi av oss för att boka ett första samtal.",
    },
    typicalDays: 5,
  },
  {
    key: "initial_call",
    kind: "screening",
    staffName: "Initial call",
    name: {
      en: "Initial call",
      sv: "Första samtal",
    },
    description: {
      en: "A relaxed conversation where we get to know each other, tell you more about the role and find out together whether there is a match on both sides.",
      sv: "Ett avslappnat samtal där vi lär känna varandra, berättar mer om rollen och tillsammans ser om det finns en match åt båda hållen.",
    },
    typicalDays: 7,
  },
  {
    key: "manager_meeting",
    kind: "interview",
    staffName: "Meet your future manager",
    name: {
      en: "Meet your future manager",
      sv: "Träffa din blivande chef",
    },
    description: {
      en: "A conversation with the manager of the team you would join, going deep into your engineering experience: what you have built, run and learned along the way.",
      sv: "Ett samtal med chefen för teamet du skulle bli en del av, där ni går på djupet i din erfarenhet som ingenjör: vad du har byggt, haft i drift och lärt dig på vägen.",
    },
    typicalDays: 7,
  },
  {
    key: "technical_interviews",
    kind: "interview",
    staffName: "Technical interviews",
    name: {
      en: "Technical interviews",
      sv: "Tekniska intervjuer",
    },
    description: {
      en: "Interviews with people from your future team, focused on system design and programming. It is also your chance to meet the people you would work with every day.",
      sv: "Intervjuer med personer från ditt blivande team, där systemdesign och programmering står i centrum. Det är också ditt tillfälle att träffa dem du skulle jobba med varje dag.",
    },
    typicalDays: 10,
  },
  {
    key: "decision",
    kind: "decision",
    staffName: "Decision",
    name: {
      en: "Decision with your recruiter",
      sv: "Besked från din rekryterare",
    },
    description: {
      en: "Everyone who interviewed you makes the decision together. Your recruiter then gets back to you with either an offer (time to celebrate!) or honest, constructive feedback and an invitation to stay in touch.",
      sv: "Alla som har intervjuat dig fattar beslutet tillsammans. Sedan hör din rekryterare av sig med antingen ett erbjudande (dags att fira!) eller ärlig och konstruktiv återkoppling och en inbjudan att hålla kontakten.",
    },
    typicalDays: 5,
  },
  {
    key: "references",
    kind: "offer_checks",
    staffName: "References and background check",
    name: {
      en: "References and background check",
      sv: "Referenser och bakgrundskontroll",
    },
    description: {
      en: "If you receive an offer, we finish with a reference check and a background check. We will let you know what we need from you, such as contact details for your references.",
      sv: "Om du får ett erbjudande avslutar vi med referenstagning och en bakgrundskontroll. Vi berättar vad vi behöver från dig, till exempel kontaktuppgifter till dina referenser.",
    },
    typicalDays: 7,
  },
];
