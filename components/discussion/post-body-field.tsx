"use client";

import { useState } from "react";
import { POST_MAX_LENGTH } from "@/lib/discussion/limits";
import { Field } from "@/components/ui/field";

// The Markdown textarea shared by responses, replies and edits, with a live character count.
export function PostBodyField({
  id,
  label,
  defaultValue = "",
  errors,
  autoFocus,
  onText,
}: {
  id: string;
  label: string;
  defaultValue?: string;
  errors?: string[];
  autoFocus?: boolean;
  /** Called with the text as it is typed (to keep a draft). */
  onText?: (text: string) => void;
}) {
  const [length, setLength] = useState(defaultValue.length);
  const over = length > POST_MAX_LENGTH;
  return (
    <Field
      id={id}
      label={label}
      errors={errors}
      hint={
        <span className={over ? "text-red-700" : undefined}>
          Markdown works: **bold**, *italics*, &gt; quotes, [links](https://example.org). {length.toLocaleString("en-US")} /{" "}
          {POST_MAX_LENGTH.toLocaleString("en-US")}
        </span>
      }
    >
      {(props) => (
        <textarea
          {...props}
          name="body"
          rows={4}
          required
          autoFocus={autoFocus}
          defaultValue={defaultValue}
          onChange={(event) => {
            setLength(event.target.value.length);
            onText?.(event.target.value);
          }}
          className="input font-sans"
        />
      )}
    </Field>
  );
}
