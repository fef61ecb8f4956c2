import type { ReactNode } from "react";

/** Small inline icons; the text for screen readers sits next to each, visually hidden. */
function Icon({ children, label }: { children: ReactNode; label: string }) {
  return (
    <>
      <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        {children}
      </svg>
      <span className="visually-hidden">{label}</span>
    </>
  );
}

export const CvIcon = ({ label }: { label: string }) => (
  <Icon label={label}>
    <path d="M6 2h8l5 5v15H6z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
    <path d="M9 12h7M9 16h7" stroke="currentColor" strokeWidth="2" />
  </Icon>
);

export const LinkedinIcon = ({ label }: { label: string }) => (
  <Icon label={label}>
    <rect x="3" y="3" width="18" height="18" rx="3" fill="currentColor" />
    <path d="M7.5 10v6.5M7.5 7.3v.1M11 16.5V10m0 3c0-2 1-3 2.6-3S16.5 11 16.5 13v3.5" stroke="#fff" strokeWidth="2" fill="none" />
  </Icon>
);

export const GithubIcon = ({ label }: { label: string }) => (
  <Icon label={label}>
    <path
      fill="currentColor"
      d="M12 2a10 10 0 0 0-3.2 19.5c.5.1.7-.2.7-.5v-1.7c-2.8.6-3.4-1.3-3.4-1.3-.4-1.2-1.1-1.5-1.1-1.5-.9-.6.1-.6.1-.6 1 .1 1.6 1 1.6 1 .9 1.6 2.4 1.1 3 .9.1-.7.4-1.1.6-1.4-2.2-.3-4.6-1.1-4.6-5 0-1.1.4-2 1-2.7-.1-.3-.4-1.3.1-2.7 0 0 .8-.3 2.7 1a9.4 9.4 0 0 1 5 0c1.9-1.3 2.7-1 2.7-1 .5 1.4.2 2.4.1 2.7.6.7 1 1.6 1 2.7 0 3.9-2.4 4.7-4.6 5 .4.3.7.9.7 1.9V21c0 .3.2.6.7.5A10 10 0 0 0 12 2z"
    />
  </Icon>
);

export const LinkIcon = ({ label }: { label: string }) => (
  <Icon label={label}>
    <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
  </Icon>
);

export const GripIcon = ({ label }: { label: string }) => (
  <Icon label={label}>
    {[6, 12, 18].flatMap((y) => [9, 15].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.7" fill="currentColor" />))}
  </Icon>
);
