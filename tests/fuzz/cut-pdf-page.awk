# cut-pdf-page.awk: used by make-pdf-seeds on a PDF in QDF form
# Keeps the first `keep` text-showing operators of each page's content.
/^%% Contents for page/ { contents = 1 }
contents && $0 == "stream" { print; inside = 1; shown = 0; open = 0; next }
inside && $0 == "endstream" {
  if (open) print "ET"
  print; inside = 0; contents = 0; next
}
inside {
  if (shown >= keep) next
  print
  if ($0 ~ /(^| )BT$/) open = 1
  if ($0 ~ /(^| )ET$/) open = 0
  if ($0 ~ /T[jJ]$/) shown++
  next
}
{ print }
