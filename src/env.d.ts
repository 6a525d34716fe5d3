/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Id of the meeting whose minutes are being rendered; read by <Punkt>, <Afsnit> and <Bilag>. */
    meetingId?: string;
  }
}
