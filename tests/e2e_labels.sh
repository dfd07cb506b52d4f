#!/bin/sh
# SPDX-License-Identifier: MIT
# End-to-end tests of the page's own words in the article's language:
# briefings of French, German and Spanish articles (tests/e2e/labels-*.md,
# and the corpus's French and German articles when ../shared/corpus is
# there) print none of the English labels on any page, and print the
# language's own.  Run from the top of the tree: sh tests/e2e_labels.sh.
. "$(dirname "$0")/e2e_lib.sh"

if [ ! -x "$B" ]; then
	echo "FAIL binary"
	echo "  $B is missing: build it with 'make prog'"
	exit 0
fi

# no_word FILE WORD: WORD, case and whole word, is not in FILE.
no_word() {
	why="'$2' found in ${1#"$T"/}: $(grep -ow -- "$2" "$1" | head -3 |
	    tr '\n' ' ')"
	! grep -qw -- "$2" "$1"
}

# no_re FILE ERE: no line of FILE matches.
no_re() {
	why="${1#"$T"/} matches /$2/: $(grep -oE -- "$2" "$1" | head -3 |
	    tr '\n' ' ')"
	! grep -qE -- "$2" "$1"
}

# has_all FILE 'S1|S2|...': each string is in FILE (the two columns of
# -layout text interleave: no order).
has_all() {
	why=$(awk -v list="$2" '{ t = t $0 "\n" }
	    END {
		n = split(list, s, "|")
		for (i = 1; i <= n; i++)
			if (index(t, s[i]) == 0) {
				print "not found: " s[i]
				exit 1
			}
	    }' "$1")
}

# footers PDF TXT WORD: as many "WORD N" footers (Page, Seite, Página)
# as the PDF has pages.  (The articles are short: one page, the figure
# on it.)
footers() {
	_n=$(pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }')
	_f=$(grep -oE "$3 [0-9]+ [^ ]+ [0-9]+" "$2" | wc -l)
	why="$_f footers '$3 N ...' in ${2#"$T"/}, $_n pages"
	[ "${_n:-0}" -ge 1 ] && [ "$_f" -eq "$_n" ]
}

# The English labels looked for on every page, as whole words.  Three
# words are also the language's own and are not looked for there:
# "Source" in French, "BRIEFING" ("ÜBER DIESES BRIEFING") and "neutral"
# in German; nor the English month names German spells the same (April,
# August, September, November) or abbreviates the same ("Jan.").
EN_PHRASES='KEY POINTS|CONTINUED|CHRONOLOGY|Chronology|THIS BRIEFING|'\
'COMING UP|Coming up|Figure 1|Relations among|min read|Prepared by|'\
'source attached|line weight|number of sentences|week of|'\
'leader of|minister of|ambassador of|secretary of|envoy of|'\
'vice president of|United States|North Korea'
# the diagram's relation labels and state names are the language's
# too ("expulsion" and "invasion" are French words as well)
EN_WORDS='cooperative hostile Published Retrieved Length words direction
    early late January February March June July October December
    supply agreement criticism gratitude attack
    withdrawal Germany Russia Poland'
EN_MONTHS3='Mar Jun Jul Oct Dec Sep May'

# english_free NAME TXT LANG: the checks of one briefing's text.
english_free() {
	_ifs=$IFS
	IFS='|'
	for _p in $EN_PHRASES; do
		IFS=$_ifs
		check "$1/no '$_p'" lacks_text "$2" "$_p"
		IFS='|'
	done
	IFS=$_ifs
	check "$1/no 'Page N of'" no_re "$2" 'Page [0-9]+ of'
	check "$1/no 'ABOUT THIS'" lacks_text "$2" 'ABOUT THIS'
	for _w in $EN_WORDS $EN_MONTHS3; do
		check "$1/no '$_w'" no_word "$2" "$_w"
	done
	case $3 in
	fr)	_own='BRIEFING neutral Jan Feb Apr Aug Nov April August';;
	de)	_own='Source';;
	*)	_own='Source BRIEFING neutral Jan Feb Apr Aug Nov April
		    August';;
	esac
	for _w in $_own; do
		check "$1/no '$_w'" no_word "$2" "$_w"
	done
}

# --- the test articles ---------------------------------------------------

mkdir -p "$T/lab"
for l in fr de es; do
	cp "$TOP/tests/e2e/labels-$l.md" "$T/lab/$l.md"
done
for l in fr de es; do
	run "$T/lab" --attach-source -o "$l.pdf" "$l.md"
	check "labels-$l/runs" status_is 0
	check "labels-$l/pdf" pdf_ok "$T/lab/$l.pdf"
	pdftotext -layout "$T/lab/$l.pdf" "$T/lab/$l.txt" 2>/dev/null
	english_free "labels-$l" "$T/lab/$l.txt" "$l"
	qpdf --json "$T/lab/$l.pdf" >"$T/lab/$l.json" 2>/dev/null
done

# the language's own words, where the page has them
check labels-fr/own has_all "$T/lab/fr.txt" "DOSSIER · 16 AOÛT 2022|\
Source : Le Quotidien, 15 août 2022 · Rédigé par|POINTS CLÉS|CHRONOLOGIE|\
11 janv. 2013|début 2021|16 août 2022 CE DOSSIER|À VENIR|févr. 2024|\
À PROPOS DE CE DOSSIER|Publié|15 août 2022|Consulté|Longueur|\
mots · 1 min de lecture|source jointe|Page 1 sur 1|coopérative|\
conflictuelle|neutre|sens · épaisseur : nombre de phrases|\
Schéma 1. Relations entre les acteurs cités dans ce dossier"
check labels-de/own has_all "$T/lab/de.txt" "BRIEFING · 16. AUGUST 2022|\
Quelle: Tageszeitung, 15. August 2022 · Erstellt von|KERNPUNKTE|\
CHRONOLOGIE|11. Jan. 2013|Anfang 2021|16. Aug. 2022 DIESES BRIEFING|\
AUSBLICK|Feb. 2024|ÜBER DIESES BRIEFING|Veröffentlicht|15. August 2022|\
Abgerufen|Umfang|Wörter · 1 Min. Lesezeit|Quelle beigefügt|\
Seite 1 von 1|kooperativ|feindselig|neutral|\
Richtung · Strichstärke: Zahl der Sätze|\
Abb. 1. Beziehungen der in diesem Briefing genannten Akteure"
check labels-es/own has_all "$T/lab/es.txt" "INFORME · 16 DE AGOSTO DE \
2022|Fuente: El Diario, 15 de agosto de 2022 · Elaborado por|PUNTOS CLAVE|\
CRONOLOGÍA|11 ene 2013|principios de 2021|16 ago 2022 ESTE INFORME|\
PRÓXIMAS CITAS|feb 2024|ACERCA DE ESTE INFORME|Publicado|\
15 de agosto de 2022|Consultado|Extensión|palabras · 1 min de lectura|\
fuente adjunta|Página 1 de 1|cooperativa|hostil|neutra|\
sentido · grosor: número de frases|\
Figura 1. Relaciones entre los actores citados en este informe"
check labels-fr/footers footers "$T/lab/fr.pdf" "$T/lab/fr.txt" Page
check labels-de/footers footers "$T/lab/de.pdf" "$T/lab/de.txt" Seite
check labels-es/footers footers "$T/lab/es.pdf" "$T/lab/es.txt" Página
# the bookmarks too
check labels-fr/bookmark-chronology outline_has "$T/lab/fr.json" Chronologie
check labels-fr/bookmark-coming outline_has "$T/lab/fr.json" "À venir"
check labels-fr/bookmark-figure outline_has "$T/lab/fr.json" \
    "Schéma 1. Relations entre les acteurs"
check labels-de/bookmark-notes outline_has "$T/lab/de.json" Anmerkungen
check labels-es/bookmark-coming outline_has "$T/lab/es.json" \
    "Próximas citas"

# an English article keeps its English words
run "$T/lab" -o en.pdf "$EX"
pdftotext -layout "$T/lab/en.pdf" "$T/lab/en.txt" 2>/dev/null
check labels-en/own has_all "$T/lab/en.txt" "BRIEFING · 17 JUNE 2024|\
KEY POINTS|CHRONOLOGY|THIS BRIEFING|ABOUT THIS BRIEFING|Published|\
17 June 2024|words · |min read|Page 1 of"

# --- the corpus's French and German articles, when it is there ----------

CORPUS=$TOP/../shared/corpus
for d in "$CORPUS"/30[4-9]-fr-* "$CORPUS"/30[4-9]-de-*; do
	[ -f "$d/article.md" ] || continue
	n=$(basename "$d")
	l=$(printf '%s' "$n" | cut -d- -f2)
	mkdir -p "$T/lab/$n"
	cp "$d/article.md" "$T/lab/$n/article.md"
	run "$T/lab/$n" -o article.pdf article.md
	check "corpus-$n/runs" clean_exit
	pdftotext -layout "$T/lab/$n/article.pdf" "$T/lab/$n/article.txt" \
	    2>/dev/null
	english_free "corpus-$n" "$T/lab/$n/article.txt" "$l"
done
