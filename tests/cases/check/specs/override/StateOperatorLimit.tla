---- MODULE StateOperatorLimit ----
CONSTANT Step(_)
Next1 == Step(1)
Next2 == Next1
====
