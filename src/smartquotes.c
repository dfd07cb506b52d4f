/* SPDX-License-Identifier: MIT */
/* Straight quotes, "--", "---" and "..." made typographic. */
#include <string.h>

#include <glib.h>

#include "smartquotes.h"

#define LDQUO	0x201C
#define RDQUO	0x201D
#define LSQUO	0x2018
#define RSQUO	0x2019

static int	opens(gunichar);
static size_t	url_len(const char *);

/* 1 if a quote after c opens: start, space, opening bracket, dash... */
static int
opens(gunichar c)
{
	if (c == 0 || g_unichar_isspace(c))
		return 1;
	if (c < 0x80)
		return strchr("([{<-/", (int)c) != NULL;
	return c == 0x2013 || c == 0x2014 || c == LDQUO || c == LSQUO ||
	    c == 0x00AB || c == 0x201E;
}

/* Bytes of the URL starting at s, or 0 if s does not start one. */
static size_t
url_len(const char *s)
{
	static const char *const pre[] = {
		"http://", "https://", "ftp://", "mailto:", "www."
	};
	size_t	i, n;

	for (i = 0; i < G_N_ELEMENTS(pre); i++)
		if (g_ascii_strncasecmp(s, pre[i], strlen(pre[i])) == 0)
			break;
	if (i == G_N_ELEMENTS(pre))
		return 0;
	for (n = 0; s[n] != '\0' && !g_ascii_isspace(s[n]); n++)
		continue;
	return n;
}

/* Bytes that may need work: quotes, dashes, dots, URL starts. */
static const unsigned char special[256] = {
	['"'] = 1, ['\''] = 1, ['-'] = 1, ['.'] = 1,
	['h'] = 1, ['f'] = 1, ['m'] = 1, ['w'] = 1,
	['H'] = 1, ['F'] = 1, ['M'] = 1, ['W'] = 1
};

char *
smartquotes(const char *text, gunichar *prev)
{
	return smartquotes_lang(text, prev, NULL);
}

char *
smartquotes_lang(const char *text, gunichar *prev, const char *tag)
{
	/* the language's opening and closing double quotes */
	gunichar	 lq = LDQUO, rq = RDQUO;
	GString		*out;
	const char	*p = text, *q;
	gunichar	 c, last = *prev;
	size_t		 n;

	n = strlen(text);
	if (strpbrk(text, "\"'-.") == NULL) {
		/* Nothing to change (the common case). */
		if (n > 0)
			*prev = g_utf8_get_char(g_utf8_prev_char(text + n));
		return g_strndup(text, n);
	}
	if (tag != NULL && g_ascii_strncasecmp(tag, "fr", 2) == 0 &&
	    (tag[2] == '\0' || tag[2] == '-' || tag[2] == '_')) {
		lq = 0x00AB;
		rq = 0x00BB;
	} else if (tag != NULL && g_ascii_strncasecmp(tag, "de", 2) == 0 &&
	    (tag[2] == '\0' || tag[2] == '-' || tag[2] == '_')) {
		lq = 0x201E;
		rq = LDQUO;
	}
	out = g_string_sized_new(n + 8);
	while (*p != '\0') {
		/* Copy a run of plain characters at once. */
		for (q = p; *q != '\0' && !special[(unsigned char)*q]; q++)
			continue;
		if (q > p) {
			g_string_append_len(out, p, q - p);
			last = g_utf8_get_char(g_utf8_prev_char(q));
			p = q;
			continue;
		}
		if (g_ascii_isalpha(*p) && opens(last) &&
		    (n = url_len(p)) > 0) {
			g_string_append_len(out, p, n);
			p += n;
			last = g_utf8_get_char(g_utf8_prev_char(p));
			continue;
		}
		c = (unsigned char)*p++;
		if (c == '"')
			c = opens(last) && last != lq ? lq : rq;
		else if (c == '\'') {
			if (g_unichar_isalnum(last))
				c = RSQUO;	/* don't, Putin's, cats' */
			else if (opens(last) && last != LSQUO &&
			    !g_ascii_isdigit(*p))
				c = LSQUO;
			else
				c = RSQUO;	/* '90s, or closing */
		} else if (c == '-' && strncmp(p, "--", 2) == 0) {
			c = 0x2014;
			p += 2;
		} else if (c == '-' && *p == '-') {
			c = 0x2013;
			p++;
		} else if (c == '.' && strncmp(p, "..", 2) == 0) {
			c = 0x2026;
			p += 2;
		}
		g_string_append_unichar(out, c);
		last = c;
	}
	*prev = last;
	return g_string_free(out, FALSE);
}
