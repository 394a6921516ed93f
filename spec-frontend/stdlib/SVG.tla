-------------------------------- MODULE SVG --------------------------------
(***************************************************************************)
(* Building SVG images, e.g. for animating behaviors.  An SVG element is   *)
(* a record [name, attrs, children, innerText]; attrs is a record of       *)
(* attribute strings and children a sequence of elements.                  *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE Integers
LOCAL INSTANCE TLC
LOCAL INSTANCE FiniteSets
LOCAL IO == INSTANCE IOUtils

\* Record r1 extended by the fields of r2 that r1 lacks.
LOCAL Merge(r1, r2) ==
  [k \in (DOMAIN r1) \cup (DOMAIN r2) |-> IF k \in DOMAIN r1 THEN r1[k] ELSE r2[k]]

\* A general SVG element.
SVGElem(_name, _attrs, _children, _innerText) ==
  [name |-> _name, attrs |-> _attrs, children |-> _children, innerText |-> _innerText]

\* A line from (x1, y1) to (x2, y2).
Line(x1, y1, x2, y2, attrs) ==
  SVGElem("line",
          Merge([x1 |-> ToString(x1), y1 |-> ToString(y1),
                 x2 |-> ToString(x2), y2 |-> ToString(y2)], attrs),
          << >>, "")

\* A circle with center (cx, cy) and radius r.
Circle(cx, cy, r, attrs) ==
  SVGElem("circle",
          Merge([cx |-> ToString(cx), cy |-> ToString(cy), r |-> ToString(r)], attrs),
          << >>, "")

\* A rectangle with top-left corner (x, y), width w and height h.
Rect(x, y, w, h, attrs) ==
  SVGElem("rect",
          Merge([x |-> ToString(x), y |-> ToString(y),
                 width |-> ToString(w), height |-> ToString(h)], attrs),
          << >>, "")

\* The string text placed at (x, y).
Text(x, y, text, attrs) ==
  SVGElem("text", Merge([x |-> ToString(x), y |-> ToString(y)], attrs), << >>, text)

\* The image at href, placed at (x, y) with the given size.
Image(x, y, width, height, href, attrs) ==
  SVGElem("image",
          Merge("xlink:href" :> href @@ "x" :> ToString(x) @@ "y" :> ToString(y)
                  @@ "width" :> ToString(width) @@ "height" :> ToString(height),
                attrs),
          << >>, "")

\* A group of elements.
Group(children, attrs) == SVGElem("g", attrs, children, "")

\* An svg element with the given children.
Svg(children, attrs) == SVGElem("svg", attrs, children, "")

\* A whole SVG document with view box (vbX, vbY, vbW, vbH).
SVGDoc(children, vbX, vbY, vbW, vbH, attrs) ==
  Svg(<<children>>,
      Merge("xmlns:xlink" :> "http://www.w3.org/1999/xlink"
              @@ "xmlns" :> "http://www.w3.org/2000/svg"
              @@ "viewBox" :> (ToString(vbX) \o " " \o ToString(vbY) \o " "
                               \o ToString(vbW) \o " " \o ToString(vbH)),
            attrs))

\* The SVG text of an element.
SVGElemToString(elem) == CHOOSE v : TRUE                           \* native

-----------------------------------------------------------------------------

\* The position [x |-> ..., y |-> ...] of the n-th of m nodes placed evenly
\* on a circle of radius r around (cx, cy).
NodeOfRingNetwork(cx, cy, r, n, m) == CHOOSE v : TRUE              \* native

\* A layout of a directed multigraph: a function from nodes to positions
\* [x |-> ..., y |-> ...], computed according to the record options.
NodesOfDirectedMultiGraph(nodes, edges, options) == CHOOSE v : TRUE  \* native

\* The point at the segment-th fraction of the way from from to to.
PointOnLine(from, to, segment) ==
  [x |-> from.x + ((to.x - from.x) \div segment),
   y |-> from.y + ((to.y - from.y) \div segment)]

-----------------------------------------------------------------------------

\* Write svg to the file frameNamePrefix followed by the 3-digit frame
\* number and ".svg".
SVGSerialize(svg, frameNamePrefix, frameNumber) ==
  IO!Serialize(SVGElemToString(svg),
               frameNamePrefix \o IO!zeroPadN(frameNumber, 3) \o ".svg",
               [format |-> "TXT", charset |-> "UTF-8",
                openOptions |-> <<"WRITE", "CREATE", "TRUNCATE_EXISTING">>])
=============================================================================
