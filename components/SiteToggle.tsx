interface Props {
  site: string;
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

/** The per-site on/off switch. */
export function SiteToggle({ site, enabled, onChange }: Props) {
  return (
    <label class="bs-switch">
      <input type="checkbox" role="switch" checked={enabled} onChange={(e) => onChange(e.currentTarget.checked)} data-testid="site-toggle" />
      <span>
        {enabled ? 'On' : 'Off'} for <strong>{site}</strong>
      </span>
    </label>
  );
}
