/**
 * Why a form's step was refused, when no field says it; read out at once. `details`
 * are the issues about no field the form shows.
 */
export function FormFailure({ text, details }: { text: string | null; details?: string[] }) {
  if (!text) return null;
  if (!details) {
    return (
      <p className="field__error" role="alert">
        {text}
      </p>
    );
  }
  return (
    <div className="field__error" role="alert">
      <p>{text}</p>
      {details.map((detail) => (
        <p key={detail}>{detail}</p>
      ))}
    </div>
  );
}
