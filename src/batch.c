/* SPDX-License-Identifier: MIT */
/* Several sources built at once, each in a worker process of its own. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "batch.h"
#include "fileio.h"
#include "msg.h"

/* The progress line is redrawn this often (ms) for its elapsed time. */
#define TICK_MS		200

enum wstate {
	W_WAITING,	/* not started */
	W_RUNNING,
	W_DONE,		/* exited, its messages held */
	W_PRINTED
};

struct worker {
	const char	*src;
	pid_t		 pid;
	int		 fd[2];		/* read ends: its stdout, stderr; -1 */
	GString		*out, *err;	/* what it wrote there */
	int		 status;	/* its exit status */
	int		 sig;		/* the signal that stopped it, or 0 */
	int		 fork_errno;	/* it could not be started */
	enum wstate	 state;
};

struct batch {
	const struct opts *o;
	struct worker	*w;
	int		 n;		/* sources */
	int		 jobs;		/* at most this many running */
	int		 started, running, done, failed, printed;
	int		 tty;		/* a progress line on stderr */
	int		 shown;		/* the line is on the screen */
	char		 line[128];	/* as last drawn */
	gint64		 t0;
	sigset_t	 mask;		/* the mask before the batch */
};

static volatile sig_atomic_t stop_sig;

static void	 on_stop(int sig);
static int	 sequential(const struct opts *o, int n);
static void	 child(struct batch *b, struct worker *w, int out, int err);
static int	 start(struct batch *b, struct worker *w);
static void	 drain(struct worker *w, int k);
static void	 reap(struct batch *b, struct worker *w);
static void	 progress(struct batch *b, int final);
static void	 unshow(struct batch *b);
static void	 print_done(struct batch *b, int all);
static void	 stop(struct batch *b);
static int	 loop(struct batch *b);

static void
on_stop(int sig)
{
	stop_sig = sig;
}

int
batch_jobs(const struct opts *o)
{
	return o->jobs > 0 ? o->jobs : (int)g_get_num_processors();
}

/* One job: the sources built in this process, one after the other. */
static int
sequential(const struct opts *o, int n)
{
	int	i, st, status = EXIT_OK;

	for (i = 0; i < n; i++) {
		msg_reset();
		st = build_one(o, o->sources[i], n);
		msg_flush();
		if (st > status)
			status = st;
	}
	return status;
}

/*
 * The worker: its stdout and stderr are the pipes, the signals clean up
 * its temporaries as in a run of its own.  It never returns.
 */
static void
child(struct batch *b, struct worker *w, int out, int err)
{
	int	i, k, st;

	/* the read ends of the others, held open here by the fork */
	for (i = 0; i < b->n; i++)
		for (k = 0; k < 2; k++)
			if (b->w[i].fd[k] >= 0)
				close(b->w[i].fd[k]);
	if (dup2(out, STDOUT_FILENO) < 0 || dup2(err, STDERR_FILENO) < 0)
		_exit(EXIT_SYSTEM);
	close(out);
	close(err);
	fileio_install_signal_cleanup();
	sigprocmask(SIG_SETMASK, &b->mask, NULL);
	msg_reset();
	st = build_one(b->o, w->src, b->n);
	msg_flush();
	build_done();
	fflush(stdout);
	exit(st);
}

/* Start w: 0, or -1 with w->fork_errno set (nothing to wait for). */
static int
start(struct batch *b, struct worker *w)
{
	int	p[2][2], k;

	if (pipe(p[0]) != 0) {
		w->fork_errno = errno;
		return -1;
	}
	if (pipe(p[1]) != 0) {
		w->fork_errno = errno;
		close(p[0][0]);
		close(p[0][1]);
		return -1;
	}
	/* a buffer not yet written would be written twice */
	fflush(NULL);
	if ((w->pid = fork()) == 0)
		child(b, w, p[0][1], p[1][1]);
	if (w->pid < 0) {
		w->fork_errno = errno;
		w->pid = 0;
	}
	for (k = 0; k < 2; k++) {
		close(p[k][1]);
		if (w->pid > 0)
			w->fd[k] = p[k][0];
		else
			close(p[k][0]);
	}
	if (w->pid == 0)
		return -1;
	w->out = g_string_new(NULL);
	w->err = g_string_new(NULL);
	w->state = W_RUNNING;
	return 0;
}

/* Read what w wrote on its pipe k; closed at its end. */
static void
drain(struct worker *w, int k)
{
	char	buf[16384];
	ssize_t	r;

	r = read(w->fd[k], buf, sizeof(buf));
	if (r > 0)
		g_string_append_len(k == 0 ? w->out : w->err, buf, r);
	else if (r == 0 || (errno != EINTR && errno != EAGAIN)) {
		close(w->fd[k]);
		w->fd[k] = -1;
	}
}

/* w has closed both pipes: its exit status. */
static void
reap(struct batch *b, struct worker *w)
{
	int	ws;

	while (waitpid(w->pid, &ws, 0) < 0)
		if (errno != EINTR) {
			ws = EXIT_SYSTEM << 8;
			break;
		}
	if (WIFEXITED(ws))
		w->status = WEXITSTATUS(ws) > EXIT_SYSTEM ? EXIT_SYSTEM :
		    WEXITSTATUS(ws);
	else {
		w->sig = WIFSIGNALED(ws) ? WTERMSIG(ws) : 0;
		w->status = EXIT_SYSTEM;
	}
	w->pid = 0;
	w->state = W_DONE;
	b->running--;
	b->done++;
	if (w->status != EXIT_OK)
		b->failed++;
}

/* The progress line, rewritten in place when its text changes; final:
 * the summary in its place. */
static void
progress(struct batch *b, int final)
{
	double	s = (g_get_monotonic_time() - b->t0) / 1e6;
	char	line[sizeof(b->line)];

	if (!b->tty)
		return;
	if (final)
		snprintf(line, sizeof(line), "briefing: built %d, failed %d, "
		    "in %.1f s\n", b->done - b->failed, b->failed, s);
	else
		snprintf(line, sizeof(line), "briefing: %d/%d done, %d "
		    "failed, %.1f s", b->done, b->n, b->failed, s);
	if (b->shown && strcmp(line, b->line) == 0)
		return;
	fprintf(stderr, "\r\033[K%s", line);
	fflush(stderr);
	memcpy(b->line, line, sizeof(line));
	b->shown = !final;
}

/* The progress line off the screen, for messages to take its place. */
static void
unshow(struct batch *b)
{
	if (b->shown) {
		/* the cursor is at the line's end: back to its start */
		fputs("\r\033[K", stderr);
		fflush(stderr);
		b->shown = 0;
	}
}

/*
 * The held messages and output of the finished workers, in source
 * order: those of the next sources in line (all: every finished one,
 * when the batch stops early).
 */
static void
print_done(struct batch *b, int all)
{
	struct worker	*w;
	int		 i;

	for (i = b->printed; i < b->n; i++) {
		w = &b->w[i];
		if (w->state != W_DONE) {
			if (all)
				continue;
			break;
		}
		unshow(b);
		if (w->err != NULL)
			fwrite(w->err->str, 1, w->err->len, stderr);
		if (w->out != NULL)
			fwrite(w->out->str, 1, w->out->len, stdout);
		fflush(stdout);
		if (w->fork_errno != 0)
			msg_at(w->src, NULL, MSG_ERROR, "cannot start its "
			    "build: %s", g_strerror(w->fork_errno));
		if (w->sig != 0)
			msg_at(w->src, NULL, MSG_ERROR, "its build was "
			    "stopped by signal %d (%s)", w->sig,
			    strsignal(w->sig));
		fflush(stderr);
		w->state = W_PRINTED;
		if (i == b->printed)
			b->printed++;
	}
}

/* Interrupted: the workers killed (their temporaries go with them). */
static void
stop(struct batch *b)
{
	int	i, k;

	for (i = 0; i < b->n; i++)
		if (b->w[i].state == W_RUNNING)
			kill(b->w[i].pid, SIGTERM);
	for (i = 0; i < b->n; i++) {
		if (b->w[i].state != W_RUNNING)
			continue;
		for (k = 0; k < 2; k++)
			if (b->w[i].fd[k] >= 0) {
				close(b->w[i].fd[k]);
				b->w[i].fd[k] = -1;
			}
		while (waitpid(b->w[i].pid, NULL, 0) < 0 && errno == EINTR)
			;
		b->w[i].state = W_WAITING;
	}
	unshow(b);
	print_done(b, 1);
}

/* Start, wait, read, print until every source is built or a signal
 * comes.  0, or -1 when poll fails. */
static int
loop(struct batch *b)
{
	struct pollfd	*pf = g_new(struct pollfd, 2 * b->n);
	int		*of = g_new(int, 2 * b->n);
	struct timespec	 tick = { 0, TICK_MS * 1000000L };
	int		 i, k, np, r, ret = 0;

	while (b->done < b->n && stop_sig == 0) {
		while (b->running < b->jobs && b->started < b->n) {
			struct worker *w = &b->w[b->started];

			if (start(b, w) == 0) {
				b->started++;
				b->running++;
				continue;
			}
			/* out of processes or files: wait for one to end,
			 * else that source fails */
			if (b->running > 0 && (w->fork_errno == EAGAIN ||
			    w->fork_errno == EMFILE ||
			    w->fork_errno == ENFILE)) {
				w->fork_errno = 0;
				b->jobs = b->running;
				break;
			}
			w->status = EXIT_SYSTEM;
			w->state = W_DONE;
			b->started++;
			b->done++;
			b->failed++;
		}
		print_done(b, 0);
		np = 0;
		for (i = 0; i < b->n; i++)
			for (k = 0; k < 2; k++)
				if (b->w[i].fd[k] >= 0) {
					pf[np].fd = b->w[i].fd[k];
					pf[np].events = POLLIN;
					pf[np].revents = 0;
					of[np++] = 2 * i + k;
				}
		if (np == 0 && b->running == 0)
			continue;
		progress(b, 0);
		r = ppoll(pf, np, b->tty ? &tick : NULL, &b->mask);
		if (r < 0 && errno != EINTR) {
			msg_at(NULL, NULL, MSG_ERROR, "poll: %s",
			    g_strerror(errno));
			ret = -1;
			break;
		}
		for (i = 0; r > 0 && i < np; i++)
			if (pf[i].revents != 0)
				drain(&b->w[of[i] / 2], of[i] % 2);
		for (i = 0; i < b->n; i++)
			if (b->w[i].state == W_RUNNING &&
			    b->w[i].fd[0] < 0 && b->w[i].fd[1] < 0)
				reap(b, &b->w[i]);
	}
	g_free(pf);
	g_free(of);
	return ret;
}

int
batch_run(const struct opts *o, int n)
{
	static const int	 sigs[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction	 sa, old[G_N_ELEMENTS(sigs)];
	struct batch		 b = { 0 };
	sigset_t		 set;
	size_t			 s;
	int			 i, status = EXIT_OK;

	b.jobs = batch_jobs(o);
	if (b.jobs > n)
		b.jobs = n;
	if (b.jobs <= 1)
		return sequential(o, n);
	b.o = o;
	b.n = n;
	b.w = g_new0(struct worker, n);
	for (i = 0; i < n; i++) {
		b.w[i].src = o->sources[i];
		b.w[i].fd[0] = b.w[i].fd[1] = -1;
	}
	b.tty = !o->quiet && isatty(STDERR_FILENO);
	b.t0 = g_get_monotonic_time();

	/* the signals wait for ppoll, which lets them in */
	sigemptyset(&set);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_stop;
	sigemptyset(&sa.sa_mask);
	for (s = 0; s < G_N_ELEMENTS(sigs); s++)
		sigaddset(&set, sigs[s]);
	sigprocmask(SIG_BLOCK, &set, &b.mask);
	for (s = 0; s < G_N_ELEMENTS(sigs); s++)
		sigaction(sigs[s], &sa, &old[s]);

	if (loop(&b) != 0) {
		stop(&b);
		status = EXIT_SYSTEM;
	} else if (stop_sig != 0) {
		stop(&b);
		/* die of it, as a run of one source does */
		signal(stop_sig, SIG_DFL);
		sigprocmask(SIG_SETMASK, &b.mask, NULL);
		raise(stop_sig);
		status = 128 + stop_sig;
	} else {
		print_done(&b, 0);
		progress(&b, 1);
	}
	for (s = 0; s < G_N_ELEMENTS(sigs); s++)
		sigaction(sigs[s], &old[s], NULL);
	sigprocmask(SIG_SETMASK, &b.mask, NULL);
	for (i = 0; i < n; i++) {
		if (b.w[i].status > status)
			status = b.w[i].status;
		if (b.w[i].out != NULL)
			g_string_free(b.w[i].out, TRUE);
		if (b.w[i].err != NULL)
			g_string_free(b.w[i].err, TRUE);
	}
	g_free(b.w);
	return status;
}
