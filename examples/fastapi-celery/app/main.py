from fastapi import FastAPI, WebSocket

app = FastAPI()


@app.get("/api/health")
def health() -> dict:
    return {"status": "ok"}


@app.websocket("/ws")
async def ws(socket: WebSocket) -> None:
    await socket.accept()
    await socket.send_text("hello")
    await socket.close()
