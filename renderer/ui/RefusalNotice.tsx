/** Why something was refused, as a list of problems; read out at once. */
export function RefusalNotice({ intro, problems }: { intro: string; problems: string[] }) {
  return (
    <div role="alert" className="refusal-notice">
      <p>{intro}</p>
      <ul className="refusal-notice__problems">
        {problems.map((text, index) => (
          <li key={index}>{text}</li>
        ))}
      </ul>
    </div>
  );
}
