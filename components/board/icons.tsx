/**
 * Small inline icons for the cards. Each shape is drawn once per page in <IconSprite /> and every
 * card refers to it with <use>, so hundreds of cards do not repeat the paths; the text for screen
 * readers sits next to each icon, visually hidden.
 */
const SHAPES = {
  cv: (
    <>
      <path d="M6 2h8l5 5v15H6z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <path d="M9 12h7M9 16h7" stroke="currentColor" strokeWidth="2" />
    </>
  ),
  linkedin: (
    <>
      <rect x="3" y="3" width="18" height="18" rx="3" fill="currentColor" />
      <path
        d="M7.5 10v6.5M7.5 7.3v.1M11 16.5V10m0 3c0-2 1-3 2.6-3S16.5 11 16.5 13v3.5"
        stroke="#fff"
        strokeWidth="2"
        fill="none"
      />
    </>
  ),
  github: (
    <path
      fill="currentColor"
      d="M12 2a10 10 0 0 0-3.2 19.5c.5.1.7-.2.7-.5v-1.7c-2.8.6-3.4-1.3-3.4-1.3-.4-1.2-1.1-1.5-1.1-1.5-.9-.6.1-.6.1-.6 1 .1 1.6 1 1.6 1 .9 1.6 2.4 1.1 3 .9.1-.7.4-1.1.6-1.4-2.2-.3-4.6-1.1-4.6-5 0-1.1.4-2 1-2.7-.1-.3-.4-1.3.1-2.7 0 0 .8-.3 2.7 1a9.4 9.4 0 0 1 5 0c1.9-1.3 2.7-1 2.7-1 .5 1.4.2 2.4.1 2.7.6.7 1 1.6 1 2.7 0 3.9-2.4 4.7-4.6 5 .4.3.7.9.7 1.9V21c0 .3.2.6.7.5A10 10 0 0 0 12 2z"
    />
  ),
  link: (
    <path
      d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    />
  ),
  grip: (
    <path
      fill="currentColor"
      d="M9 4.3a1.7 1.7 0 1 0 0 3.4 1.7 1.7 0 0 0 0-3.4zm6 0a1.7 1.7 0 1 0 0 3.4 1.7 1.7 0 0 0 0-3.4zm-6 6a1.7 1.7 0 1 0 0 3.4 1.7 1.7 0 0 0 0-3.4zm6 0a1.7 1.7 0 1 0 0 3.4 1.7 1.7 0 0 0 0-3.4zm-6 6a1.7 1.7 0 1 0 0 3.4 1.7 1.7 0 0 0 0-3.4zm6 0a1.7 1.7 0 1 0 0 3.4 1.7 1.7 0 0 0 0-3.4z"
    />
  ),
};
type Shape = keyof typeof SHAPES;

/** The shapes, once per page; render it beside the cards that use them. */
export function IconSprite() {
  return (
    <svg width="0" height="0" className="icon-sprite" aria-hidden="true" focusable="false">
      {Object.entries(SHAPES).map(([name, shape]) => (
        <symbol key={name} id={`icon-${name}`} viewBox="0 0 24 24">
          {shape}
        </symbol>
      ))}
    </svg>
  );
}

function Icon({ shape, label }: { shape: Shape; label: string }) {
  return (
    <>
      <svg className="icon" width="18" height="18" aria-hidden="true" focusable="false">
        <use href={`#icon-${shape}`} />
      </svg>
      <span className="visually-hidden">{label}</span>
    </>
  );
}

export const CvIcon = ({ label }: { label: string }) => <Icon shape="cv" label={label} />;
export const LinkedinIcon = ({ label }: { label: string }) => <Icon shape="linkedin" label={label} />;
export const GithubIcon = ({ label }: { label: string }) => <Icon shape="github" label={label} />;
export const LinkIcon = ({ label }: { label: string }) => <Icon shape="link" label={label} />;
export const GripIcon = ({ label }: { label: string }) => <Icon shape="grip" label={label} />;
