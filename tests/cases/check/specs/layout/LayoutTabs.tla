---- MODULE LayoutTabs ----
\* Junction lists indented with tabs: SANY counts a tab as reaching the next multiple of 8
\* columns, so the continuation line of the second item (two tabs) is right of its bullet
\* (one tab after two spaces), not at the same column as one-column tabs would make it.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next ==
  	/\ x < 5
  	/\ x' =
		 x + 1
Small == x < 3
====
