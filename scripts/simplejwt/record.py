#!/usr/bin/python3
"""Record real djangorestframework-simplejwt exchanges at frozen times.

Run with Debian's python (it has python3-djangorestframework-simplejwt):

    /usr/bin/python3 scripts/simplejwt/record.py            # writes the fixture
    /usr/bin/python3 scripts/simplejwt/record.py --stdout   # prints it instead

Each scenario runs in a fresh child process, because simplejwt reads its settings at import
time (token lifetimes are class attributes, serializers import the blacklist models only when
BLACKLIST_AFTER_ROTATION is on). The child builds a one-file Django project (sqlite in a temp
dir), freezes the clocks simplejwt and PyJWT read, and makes uuid4 deterministic so that
src/timeline can reproduce every token byte for byte:

- rest_framework_simplejwt.tokens.aware_utcnow: iat/exp of new tokens, simplejwt's own exp check
- jwt.api_jwt.datetime.now: PyJWT's exp/iat check during decode
- django.utils.timezone.now: BlacklistedToken.blacklisted_at
- rest_framework_simplejwt.tokens.uuid4: jti, drawn from mulberry32(seed) (see src/timeline/prng.ts)
"""
import json
import os
import subprocess
import sys
import tempfile
import uuid
from datetime import datetime, timedelta, timezone

START = 1_700_000_000  # 2023-11-14T22:13:20Z, "login" is offset 0
SEED = 7
SIGNING_KEY = "playground-recording-key-not-a-secret-0123456789"
USERNAME = "alice"
PASSWORD = "correct horse battery staple"
GARBAGE = "not-a-jwt"
FIXTURE = os.path.join(
    os.path.dirname(os.path.abspath(__file__)),
    "..", "..", "src", "timeline", "fixtures", "simplejwt-recorded.json",
)


def mulberry32(seed):
    """Same generator as src/timeline/prng.ts: 32-bit words, unsigned."""
    state = seed & 0xFFFFFFFF

    def next_u32():
        nonlocal state
        state = (state + 0x6D2B79F5) & 0xFFFFFFFF
        t = state
        t = ((t ^ (t >> 15)) * (t | 1)) & 0xFFFFFFFF
        t = ((t + (((t ^ (t >> 7)) * (t | 61)) & 0xFFFFFFFF)) & 0xFFFFFFFF) ^ t
        return (t ^ (t >> 14)) & 0xFFFFFFFF

    return next_u32


def seeded_uuid4(seed):
    next_u32 = mulberry32(seed)

    def uuid4():
        raw = b"".join(next_u32().to_bytes(4, "big") for _ in range(4))
        return uuid.UUID(bytes=raw, version=4)  # sets the version and variant bits like uuid4()

    return uuid4


# Scenario settings use the TypeScript model's names and units (lifetimes in seconds).
SCENARIOS = {
    "defaults": ({}, "Defaults: access expires at +300 s, refresh (no rotation) at +1 day."),
    "rotate": ({"ROTATE_REFRESH_TOKENS": True}, "Rotation without blacklisting: old refresh stays usable."),
    "rotate-blacklist": (
        {"ROTATE_REFRESH_TOKENS": True, "BLACKLIST_AFTER_ROTATION": True},
        "Rotation with blacklisting: reuse refused; logout; access token outlives logout.",
    ),
    "replay-first": (
        {"ROTATE_REFRESH_TOKENS": True, "BLACKLIST_AFTER_ROTATION": True},
        "A thief refreshes with the stolen token before the victim: the victim's refresh is refused.",
    ),
    "logout-defaults": ({}, "Logout (blacklist endpoint) with default settings."),
    "leeway": ({"LEEWAY": 30}, "LEEWAY 30 s: tokens accepted until exp + 30 s."),
    "lifetimes": (
        {"ACCESS_TOKEN_LIFETIME": 60, "REFRESH_TOKEN_LIFETIME": 600},
        "Short lifetimes: access 1 min, refresh 10 min.",
    ),
    "user-id-claim": ({"USER_ID_CLAIM": "uid"}, "USER_ID_CLAIM renamed to uid."),
    "hs512": ({"ALGORITHM": "HS512"}, "ALGORITHM HS512."),
}


class Recorder:
    def __init__(self, client, clock):
        self.client = client
        self.clock = clock
        self.exchanges = []

    def send(self, at, method, path, body=None, bearer=None):
        from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken

        self.clock["now"] = START + at
        headers = {} if bearer is None else {"HTTP_AUTHORIZATION": f"Bearer {bearer}"}
        if method == "GET":
            response = self.client.get(path, **headers)
        else:
            response = self.client.post(path, body, format="json", **headers)
        text = response.content.decode("utf-8")
        parsed = json.loads(text)
        involved = []
        if bearer is not None:
            involved.append(("authorization", bearer))
        for key, value in (body or {}).items():
            if key in ("refresh", "token"):
                involved.append((f"request.{key}", value))
        if isinstance(parsed, dict):
            for key in ("refresh", "access"):
                if isinstance(parsed.get(key), str):
                    involved.append((f"response.{key}", parsed[key]))
        self.exchanges.append({
            "offset": at,
            "at": START + at,
            "method": method,
            "path": path,
            "authorization": None if bearer is None else f"Bearer {bearer}",
            "requestBody": body,
            "status": response.status_code,
            "wwwAuthenticate": response.get("WWW-Authenticate"),
            "responseBody": parsed,
            "responseText": text,
            "tokens": [decode(role, token) for role, token in involved],
            "blacklistedJtis": sorted(BlacklistedToken.objects.values_list("token__jti", flat=True)),
        })
        return parsed

    def login(self, at, password=PASSWORD):
        return self.send(at, "POST", "/api/token/", {"username": USERNAME, "password": password})

    def me(self, at, access):
        return self.send(at, "GET", "/api/me/", bearer=access)

    def refresh(self, at, refresh):
        return self.send(at, "POST", "/api/token/refresh/", {"refresh": refresh})

    def verify(self, at, token):
        return self.send(at, "POST", "/api/token/verify/", {"token": token})

    def blacklist(self, at, refresh):
        return self.send(at, "POST", "/api/token/blacklist/", {"refresh": refresh})


def decode(role, token):
    """Header and payload as sent (key order kept); no signature check: that is the server's job."""
    import base64

    def part(segment):
        return json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))

    segments = token.split(".")
    if len(segments) != 3:
        return {"role": role, "token": token, "header": None, "payload": None}
    return {"role": role, "token": token, "header": part(segments[0]), "payload": part(segments[1])}


def run_defaults(r):
    r.login(0, password="wrong password")
    pair = r.login(0)
    r1, a1 = pair["refresh"], pair["access"]
    r.me(0, None)
    r.me(0, a1)
    r.me(0, r1)  # refresh token as bearer: wrong type
    r.me(0, GARBAGE)
    r.refresh(0, a1)  # access token at the refresh endpoint: wrong type
    r.verify(0, a1)
    r.me(299, a1)
    r.me(300, a1)  # exp == now: expired (PyJWT: exp <= now - leeway)
    r.me(301, a1)
    r.verify(301, a1)
    r.verify(301, r1)
    r.verify(301, GARBAGE)
    r.refresh(301, a1)  # expired access token at the refresh endpoint: the expiry check runs first
    a2 = r.refresh(301, r1)["access"]
    r.me(301, a2)
    r.verify(301, a2)
    r.refresh(86399, r1)
    r.refresh(86400, r1)
    r.refresh(86401, r1)


def run_rotate(r):
    pair = r.login(0)
    r1, a1 = pair["refresh"], pair["access"]
    r.me(300, a1)
    second = r.refresh(300, r1)
    r.me(300, second["access"])
    r.refresh(301, r1)  # reuse of the rotated-out token: still accepted
    r.verify(302, r1)
    r.refresh(86400, second["refresh"])  # rotated token got a fresh day at +300
    r.refresh(86700, second["refresh"])


def run_rotate_blacklist(r):
    pair = r.login(0)
    r1, a1 = pair["refresh"], pair["access"]
    r.me(300, a1)
    second = r.refresh(300, r1)
    r.refresh(301, r1)  # reuse: blacklisted
    r.verify(301, r1)  # verify endpoint checks the blacklist only with BLACKLIST_AFTER_ROTATION
    r.verify(301, second["refresh"])
    third = r.refresh(302, second["refresh"])
    r.me(302, second["access"])  # access tokens are never blacklisted
    r.blacklist(400, third["refresh"])  # logout
    r.refresh(401, third["refresh"])
    r.blacklist(401, third["refresh"])
    r.me(401, third["access"])  # still 200 after logout
    r.me(601, third["access"])
    r.me(602, third["access"])
    r.refresh(86401, r1)  # blacklisted and expired: PyJWT's expiry check runs first


def run_replay_first(r):
    pair = r.login(0)
    stolen = pair["refresh"]
    r.refresh(100, stolen)  # the thief
    r.refresh(300, stolen)  # the victim
    again = r.login(300)
    r.me(300, again["access"])


def run_logout_defaults(r):
    pair = r.login(0)
    r1, a1 = pair["refresh"], pair["access"]
    r.blacklist(10, r1)
    r.refresh(11, r1)
    r.blacklist(11, r1)
    r.verify(11, r1)  # BLACKLIST_AFTER_ROTATION off: verify does not look at the blacklist
    r.me(11, a1)
    r.me(300, a1)


def run_leeway(r):
    pair = r.login(0)
    r1, a1 = pair["refresh"], pair["access"]
    r.me(300, a1)
    r.me(329, a1)
    r.verify(329, a1)
    r.me(330, a1)
    r.verify(330, a1)
    r.refresh(330, r1)
    r.refresh(86429, r1)
    r.refresh(86430, r1)


def run_lifetimes(r):
    pair = r.login(0)
    r1, a1 = pair["refresh"], pair["access"]
    r.me(59, a1)
    r.me(60, a1)
    r.refresh(60, r1)
    r.refresh(599, r1)
    r.refresh(600, r1)


def run_simple(r):
    pair = r.login(0)
    r.me(0, pair["access"])
    access = r.refresh(300, pair["refresh"])["access"]
    r.me(300, access)
    r.verify(300, access)


RUNNERS = {
    "defaults": run_defaults,
    "rotate": run_rotate,
    "rotate-blacklist": run_rotate_blacklist,
    "replay-first": run_replay_first,
    "logout-defaults": run_logout_defaults,
    "leeway": run_leeway,
    "lifetimes": run_lifetimes,
    "user-id-claim": run_simple,
    "hs512": run_simple,
}


def python_settings(model):
    out = {"SIGNING_KEY": SIGNING_KEY}
    for key, value in model.items():
        if key.endswith("_LIFETIME"):
            value = timedelta(seconds=value)
        out[key] = value
    return out


def child(name):
    import django
    from django.conf import settings

    tmp = tempfile.mkdtemp(prefix="simplejwt-record-")
    settings.configure(
        DEBUG=False,
        SECRET_KEY="django-secret-unused-by-tokens",
        ALLOWED_HOSTS=["testserver"],
        ROOT_URLCONF=__name__,
        USE_TZ=True,
        TIME_ZONE="UTC",
        DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.path.join(tmp, "db.sqlite3")}},
        DEFAULT_AUTO_FIELD="django.db.models.AutoField",
        INSTALLED_APPS=[
            "django.contrib.auth",
            "django.contrib.contenttypes",
            "rest_framework",
            "rest_framework_simplejwt",
            "rest_framework_simplejwt.token_blacklist",
        ],
        MIDDLEWARE=[],
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],  # speed only
        SIMPLE_JWT=python_settings(SCENARIOS[name][0]),
    )
    django.setup()

    clock = {"now": START}
    import django.utils.timezone as django_timezone
    import jwt.api_jwt
    import rest_framework_simplejwt.tokens as sjt_tokens

    def frozen(tz=timezone.utc):
        return datetime.fromtimestamp(clock["now"], tz=tz)

    class FrozenDatetime(datetime):
        @classmethod
        def now(cls, tz=None):
            return frozen(tz)

    sjt_tokens.aware_utcnow = frozen
    sjt_tokens.uuid4 = seeded_uuid4(SEED)
    jwt.api_jwt.datetime = FrozenDatetime
    django_timezone.now = frozen

    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.urls import path
    from rest_framework.permissions import IsAuthenticated
    from rest_framework.response import Response
    from rest_framework.test import APIClient
    from rest_framework.views import APIView
    from rest_framework_simplejwt.authentication import JWTAuthentication
    from rest_framework_simplejwt.views import (
        TokenBlacklistView,
        TokenObtainPairView,
        TokenRefreshView,
        TokenVerifyView,
    )

    class MeView(APIView):
        authentication_classes = [JWTAuthentication]
        permission_classes = [IsAuthenticated]

        def get(self, request):
            return Response({"id": request.user.id, "username": request.user.username})

    global urlpatterns
    urlpatterns = [
        path("api/token/", TokenObtainPairView.as_view()),
        path("api/token/refresh/", TokenRefreshView.as_view()),
        path("api/token/verify/", TokenVerifyView.as_view()),
        path("api/token/blacklist/", TokenBlacklistView.as_view()),
        path("api/me/", MeView.as_view()),
    ]

    call_command("migrate", verbosity=0)
    User.objects.create_user(username=USERNAME, password=PASSWORD)
    recorder = Recorder(APIClient(), clock)
    RUNNERS[name](recorder)
    json.dump(recorder.exchanges, sys.stdout)


def versions():
    from importlib.metadata import version

    return {
        "djangorestframework-simplejwt": version("djangorestframework_simplejwt"),
        "Django": version("Django"),
        "PyJWT": version("PyJWT"),
        "djangorestframework": version("djangorestframework"),
        "python": sys.version.split()[0],
    }


def main():
    scenarios = []
    for name, (model_settings, description) in SCENARIOS.items():
        out = subprocess.run(
            [sys.executable, os.path.abspath(__file__), "--child", name],
            check=True, capture_output=True, text=True,
        )
        scenarios.append({
            "name": name,
            "description": description,
            "settings": model_settings,
            "exchanges": json.loads(out.stdout),
        })
    fixture = {
        "generator": "scripts/simplejwt/record.py (run with Debian's /usr/bin/python3)",
        "versions": versions(),
        "start": START,
        "signingKey": SIGNING_KEY,
        "jti": {"generator": "uuid.UUID(bytes=mulberry32 words, big-endian, version=4).hex", "seed": SEED},
        "user": {"id": 1, "username": USERNAME, "password": PASSWORD},
        "meView": "GET /api/me/ returns {'id': user.id, 'username': user.username}",
        "scenarios": scenarios,
    }
    text = json.dumps(fixture, indent=2, ensure_ascii=False) + "\n"
    if "--stdout" in sys.argv:
        sys.stdout.write(text)
    else:
        with open(FIXTURE, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"wrote {os.path.normpath(FIXTURE)}: {sum(len(s['exchanges']) for s in scenarios)} exchanges")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child(sys.argv[2])
    else:
        main()
