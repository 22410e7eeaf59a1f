import Link from "next/link";

export default function NotFound() {
  return (
    <div>
      <h1>Not found</h1>
      <p>There is no such page or record. It may never have existed, or you may not have access to it.</p>
      <p>
        <Link href="/positions">Browse records</Link>
      </p>
    </div>
  );
}
