import { useId, type ReactNode } from 'react';

export interface SettingsCardProps {
  title: string;
  description?: string;
  className?: string;
  children: ReactNode;
}

/** One titled part of the settings screen; a region so it can be reached from the landmarks list. */
export function SettingsCard({ title, description, className, children }: SettingsCardProps) {
  const id = useId();
  return (
    <section
      className={className ? `settings-card ${className}` : 'settings-card'}
      aria-labelledby={id}
    >
      <h2 id={id} className="settings-card__title">
        {title}
      </h2>
      {description ? <p className="settings-card__description">{description}</p> : null}
      {children}
    </section>
  );
}
