//! Connection URLs in environment values (`postgresql+asyncpg://user:pass@db:5432/app`,
//! `redis://:pass@redis:6379/0`, `amqp://guest:guest@rabbitmq//`), parsed loosely and totally.

/// Byte ranges are relative to the parsed string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnUrl {
    /// `postgresql`, `postgres`, `redis`, `rediss`, `amqp`, `mysql`, `mongodb`, ... (driver suffix removed).
    pub scheme: String,
    pub user: Option<String>,
    pub password: Option<String>,
    /// Range of the password in the input.
    pub password_range: Option<std::ops::Range<usize>>,
    pub host: String,
    pub host_range: std::ops::Range<usize>,
    pub port: Option<u16>,
    pub path: String,
}

impl ConnUrl {
    /// The default port of the scheme.
    pub fn default_port(&self) -> Option<u16> {
        Some(match self.scheme.as_str() {
            "postgres" | "postgresql" => 5432,
            "redis" | "rediss" => 6379,
            "mysql" | "mariadb" => 3306,
            "mongodb" => 27017,
            "amqp" | "amqps" => 5672,
            "nats" => 4222,
            "http" => 80,
            "https" => 443,
            _ => return None,
        })
    }

    pub fn effective_port(&self) -> Option<u16> {
        self.port.or_else(|| self.default_port())
    }

    pub fn is_loopback(&self) -> bool {
        matches!(
            self.host.as_str(),
            "localhost" | "127.0.0.1" | "::1" | "[::1]" | "0.0.0.0"
        )
    }
}

/// Parse `scheme://[user[:password]@]host[:port][/path]`. `None` when it is not such a URL.
pub fn parse(s: &str) -> Option<ConnUrl> {
    let (scheme_full, rest) = s.split_once("://")?;
    if scheme_full.is_empty()
        || !scheme_full
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    {
        return None;
    }
    let scheme = scheme_full
        .split('+')
        .next()
        .unwrap_or(scheme_full)
        .to_ascii_lowercase();
    let base = scheme_full.len() + 3;
    let auth_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..auth_end];
    let path = rest[auth_end..].to_string();
    let (userinfo, hostport, hp_off) = match authority.rfind('@') {
        Some(at) => (Some(&authority[..at]), &authority[at + 1..], at + 1),
        None => (None, authority, 0),
    };
    let (user, password, password_range) = match userinfo {
        Some(ui) => match ui.split_once(':') {
            Some((u, p)) => {
                let start = base + u.len() + 1;
                (
                    Some(u.to_string()),
                    Some(p.to_string()),
                    Some(start..start + p.len()),
                )
            }
            None => (Some(ui.to_string()), None, None),
        },
        None => (None, None, None),
    };
    let (host, port) = if let Some(h) = hostport.strip_prefix('[') {
        let close = h.find(']')?;
        let port = h[close + 1..]
            .strip_prefix(':')
            .and_then(|p| p.parse().ok());
        (format!("[{}]", &h[..close]), port)
    } else {
        match hostport.rsplit_once(':') {
            Some((h, p)) if !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()) => {
                (h.to_string(), p.parse().ok())
            }
            Some((h, p)) if p.contains('$') || p.contains('{') => (h.to_string(), None),
            _ => (hostport.to_string(), None),
        }
    };
    // multi-host lists (`h1:5432,h2:5432`): keep the first host
    let host = host.split(',').next().unwrap_or(&host).to_string();
    let host_start = base + hp_off;
    Some(ConnUrl {
        scheme,
        user: user.filter(|u| !u.is_empty()),
        password,
        password_range,
        host_range: host_start..host_start + host.len(),
        host,
        port,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_common_urls() {
        let s = "postgresql+asyncpg://app:s3cret@db:5432/app";
        let u = parse(s).unwrap();
        assert_eq!(u.scheme, "postgresql");
        assert_eq!(u.user.as_deref(), Some("app"));
        assert_eq!(u.password.as_deref(), Some("s3cret"));
        assert_eq!(&s[u.password_range.clone().unwrap()], "s3cret");
        assert_eq!(&s[u.host_range.clone()], "db");
        assert_eq!(u.port, Some(5432));
        let u = parse("redis://:pw@redis/0").unwrap();
        assert_eq!(
            (u.host.as_str(), u.effective_port(), u.password.as_deref()),
            ("redis", Some(6379), Some("pw"))
        );
        let u = parse("amqp://guest:guest@localhost//").unwrap();
        assert!(u.is_loopback());
        let u = parse("postgres://u:${POSTGRES_PASSWORD}@db:${PGPORT}/x").unwrap();
        assert_eq!(u.host, "db");
        assert_eq!(u.port, None);
        assert!(parse("not a url").is_none());
        assert!(parse("://x").is_none());
        let u = parse("mongodb://[::1]:27017").unwrap();
        assert_eq!(u.port, Some(27017));
        for junk in ["a://", "a://@", "a://[", "a://:@:", "é://x", "x://é:é@é:é"] {
            let _ = parse(junk);
        }
    }
}
