import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, onSessionExpired, setCsrfToken } from '../api.js';
import type { Me } from '../types.js';

type SessionStatus = 'loading' | 'anonymous' | 'signed-in';

interface SessionState {
  status: SessionStatus;
  me: Me | null;
  /** True once a signed-in session was lost (idle timeout, revoked): the login page says so. */
  expired: boolean;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/** Who is signed in: asked of GET /me at start, set by sign-in, cleared by sign-out or a 401. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [me, setMe] = useState<Me | null>(null);
  const [expired, setExpired] = useState(false);

  const signOutLocally = useCallback((wasExpired: boolean) => {
    setCsrfToken(null);
    setMe(null);
    setStatus('anonymous');
    setExpired(wasExpired);
  }, []);

  const loadMe = useCallback(async () => {
    const current = await api<Me>('/me', { anonymousOk: true });
    setCsrfToken(current.csrfToken);
    setMe(current);
    setStatus('signed-in');
    setExpired(false);
  }, []);

  useEffect(() => {
    onSessionExpired(() => signOutLocally(true));
    loadMe().catch(() => signOutLocally(false));
    return () => onSessionExpired(null);
  }, [loadMe, signOutLocally]);

  const login = useCallback(
    async (username: string, password: string) => {
      const result = await api<{ csrfToken: string }>('/auth/login', {
        method: 'POST',
        body: { username, password },
        anonymousOk: true,
      });
      setCsrfToken(result.csrfToken);
      await loadMe();
    },
    [loadMe],
  );

  const logout = useCallback(async () => {
    try {
      await api<void>('/auth/logout', { method: 'POST', anonymousOk: true });
    } finally {
      signOutLocally(false);
    }
  }, [signOutLocally]);

  const value = useMemo<SessionState>(
    () => ({ status, me, expired, login, logout }),
    [status, me, expired, login, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
