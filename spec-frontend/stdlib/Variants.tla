------------------------------ MODULE Variants ------------------------------
(***************************************************************************)
(* Variants (tagged unions), as used by Apalache.  Untyped meaning: a      *)
(* variant is a record [tag |-> tagName, value |-> value].                 *)
(***************************************************************************)

\* The value wrapped in a variant with the given tag.
Variant(tagName, value) == [tag |-> tagName, value |-> value]

\* The values of the variants in S that carry the given tag.
VariantFilter(tagName, S) == {e.value : e \in {d \in S : d.tag = tagName}}

\* The tag of a variant.
VariantTag(variant) == variant.tag

\* The value of variant if it carries the tag, defaultValue otherwise.
VariantGetOrElse(tagName, variant, defaultValue) ==
  IF variant.tag = tagName THEN variant.value ELSE defaultValue

\* The value of variant, assuming it carries the tag.
VariantGetUnsafe(tagName, variant) == variant.value
=============================================================================
